#include "certificatefactory.h"

#include "logging.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    if (code)
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return QStringLiteral("%1 failed: %2").arg(QLatin1StringView(what), QLatin1StringView(text));
}

bool fail(QString *error, const QString &reason)
{
    qCWarning(lcDemo).noquote() << "certificate:" << reason;
    if (error)
        *error = reason;
    return false;
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *subject, X509 *issuer, int nid, const QByteArray &value, QString *error)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, subject, nullptr, nullptr, 0);
    Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    if (!extension || !X509_add_ext(subject, extension.get(), -1))
        return fail(error, opensslError("X509_add_ext"));
    return true;
}

// subject = issuer for a self-signed certificate.
Cert newCertificate(EVP_PKEY *publicKey, const QString &commonName, X509 *issuer, const QDateTime &notBefore,
                    const QDateTime &notAfter, QString *error)
{
    Cert cert(X509_new());
    BigNum serial(BN_new());
    if (!cert || !serial || !X509_set_version(cert.get(), 2)
        || !BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY)
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))) {
        fail(error, opensslError("serial"));
        return {};
    }
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfter.toSecsSinceEpoch()))) {
        fail(error, opensslError("validity"));
        return {};
    }
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Runtime Desk demo"), -1, -1, 0);
    if (!X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0)) {
        fail(error, opensslError("subject"));
        return {};
    }
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    if (!X509_set_pubkey(cert.get(), publicKey)) {
        fail(error, opensslError("X509_set_pubkey"));
        return {};
    }
    return cert;
}

IssuedCertificate finish(X509 *cert, EVP_PKEY *key, EVP_PKEY *signer, QString *error)
{
    if (!X509_sign(cert, signer, EVP_sha256())) {
        fail(error, opensslError("X509_sign"));
        return IssuedCertificate();
    }
    Bio certBio(BIO_new(BIO_s_mem()));
    Bio keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), cert)
        || !PEM_write_bio_PrivateKey_traditional(keyBio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)) {
        fail(error, opensslError("PEM_write"));
        return IssuedCertificate();
    }
    IssuedCertificate issued;
    issued.certificatePem = bioBytes(certBio.get());
    issued.keyPem = bioBytes(keyBio.get());
    issued.certificate = QSslCertificate(issued.certificatePem, QSsl::Pem);
    issued.key = QSslKey(issued.keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (issued.isNull()) {
        fail(error, QStringLiteral("Qt could not read the generated certificate or key"));
        return IssuedCertificate();
    }
    return issued;
}

bool readIssuer(const IssuedCertificate &ca, Cert *cert, Key *key, QString *error)
{
    Bio certBio(BIO_new_mem_buf(ca.certificatePem.constData(), int(ca.certificatePem.size())));
    Bio keyBio(BIO_new_mem_buf(ca.keyPem.constData(), int(ca.keyPem.size())));
    cert->reset(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    key->reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!*cert || !*key)
        return fail(error, opensslError("reading the CA"));
    return true;
}

QByteArray subjectAltNames(const CertificateFactory::LeafOptions &options)
{
    QByteArrayList names;
    for (const QString &dns : options.dnsNames)
        names.append("DNS:" + dns.toUtf8());
    for (const QHostAddress &ip : options.ipAddresses)
        names.append("IP:" + ip.toString().toUtf8());
    return names.join(',');
}

QDateTime defaultNotBefore(const QDateTime &given)
{
    return given.isValid() ? given : QDateTime::currentDateTimeUtc().addSecs(-3600);
}

IssuedCertificate makeLeaf(const IssuedCertificate *ca, const CertificateFactory::LeafOptions &options,
                           QString *error)
{
    Cert issuer;
    Key issuerKey;
    if (ca && !readIssuer(*ca, &issuer, &issuerKey, error))
        return IssuedCertificate();
    Key key(EVP_EC_gen("P-256"));
    if (!key) {
        fail(error, opensslError("EVP_EC_gen"));
        return IssuedCertificate();
    }
    const QDateTime notBefore = defaultNotBefore(options.notBefore);
    const QDateTime notAfter = options.notAfter.isValid() ? options.notAfter : notBefore.addDays(30);
    Cert cert = newCertificate(key.get(), options.commonName, issuer.get(), notBefore, notAfter, error);
    if (!cert)
        return IssuedCertificate();
    X509 *issuerCert = issuer ? issuer.get() : cert.get();
    const QByteArray san = subjectAltNames(options);
    if (!addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE", error)
        // A self-signed leaf must be allowed to sign itself, or OpenSSL does not even see it as self-signed.
        || !addExtension(cert.get(), issuerCert, NID_key_usage,
                         issuer ? "critical,digitalSignature" : "critical,digitalSignature,keyCertSign",
                         error)
        || !addExtension(cert.get(), issuerCert, NID_ext_key_usage, "serverAuth", error)
        || !addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash", error)
        || (issuer
            && !addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always", error))
        || (!san.isEmpty() && !addExtension(cert.get(), issuerCert, NID_subject_alt_name, san, error)))
        return IssuedCertificate();
    return finish(cert.get(), key.get(), issuer ? issuerKey.get() : key.get(), error);
}

} // namespace

IssuedCertificate CertificateFactory::createCa(const QString &commonName, QString *error)
{
    Key key(EVP_EC_gen("P-256"));
    if (!key) {
        fail(error, opensslError("EVP_EC_gen"));
        return IssuedCertificate();
    }
    const QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(-3600);
    Cert cert = newCertificate(key.get(), commonName, nullptr, notBefore, notBefore.addDays(365), error);
    if (!cert)
        return IssuedCertificate();
    if (!addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE", error)
        || !addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign", error)
        || !addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash", error))
        return IssuedCertificate();
    return finish(cert.get(), key.get(), key.get(), error);
}

IssuedCertificate CertificateFactory::createLeaf(const IssuedCertificate &ca, const LeafOptions &options,
                                                 QString *error)
{
    if (ca.isNull()) {
        fail(error, QStringLiteral("no CA to sign with"));
        return IssuedCertificate();
    }
    return makeLeaf(&ca, options, error);
}

IssuedCertificate CertificateFactory::createWrongHostLeaf(const IssuedCertificate &ca, QString *error)
{
    LeafOptions options;
    options.commonName = QStringLiteral("other.invalid");
    options.dnsNames = { QStringLiteral("other.invalid") };
    options.ipAddresses.clear();
    return createLeaf(ca, options, error);
}

IssuedCertificate CertificateFactory::createExpiredLeaf(const IssuedCertificate &ca, QString *error)
{
    LeafOptions options;
    options.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    options.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    return createLeaf(ca, options, error);
}

IssuedCertificate CertificateFactory::createSelfSignedLeaf(const LeafOptions &options, QString *error)
{
    return makeLeaf(nullptr, options, error);
}
