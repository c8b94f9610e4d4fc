// FUZZ-1b: the body of an error response, as ApiError::messageFromBody turns it into the one line
// the user reads. Invariants: one line, at most 200 characters and an ellipsis, no control or
// format characters (no terminal escapes, no bidirectional overrides), whatever the server sent.
#include "apierror.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString message = ApiError::messageFromBody(FuzzSupport::bytes(data, size));
    FUZZ_CHECK(message.size() <= 201);
    for (const QChar c : message)
        FUZZ_CHECK(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format);
    ApiError error {
        ApiError::Kind::Server, 500, QStringLiteral("/runtime/api/v1/images/tags"), message, {}
    };
    const QString line = error.message();
    FUZZ_CHECK(!line.contains(u'\n') && !line.contains(u'\r'));
    FUZZ_CHECK(line.startsWith(QLatin1StringView("500 from /runtime/api/v1/images/tags: ")));
    return 0;
}
