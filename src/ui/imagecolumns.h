#pragma once

#include "imagecolumnwidths.h"
#include "imagesviewstate.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The columns of the Images list, in display order, for the column titles: which are shown, how
// wide, which one sorts. Sorting runs the query again; showing, hiding and resizing do not.
class ImageColumns : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ImageColumns belongs to an ImagesController")
    Q_PROPERTY(QStringList keys READ keys CONSTANT)
    Q_PROPERTY(QString sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY sortChanged)
    Q_PROPERTY(QStringList hidden READ hidden NOTIFY hiddenChanged)
    // What the rows lay out with: the default widths, then what the user dragged; hidden ones 0.
    Q_PROPERTY(ImageColumnWidths widths READ widths NOTIFY widthsChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        WidthRole,
        ShownRole,
        SortedRole,
        NumericRole, // a count: right-aligned
    };
    Q_ENUM(Role)

    static constexpr int minimumWidth = 40;
    static constexpr int maximumWidth = 1200;

    ImageColumns(ImagesViewState *state, QObject *parent = nullptr);

    QStringList keys() const { return ImagesViewState::columns(); }
    QString sortColumn() const { return m_state->sortColumn; }
    bool sortDescending() const { return m_state->descending; }
    QStringList hidden() const { return m_state->hiddenColumns; }
    ImageColumnWidths widths() const;
    // The width a column has when the user has not dragged it.
    static int defaultWidth(const QString &column);
    int width(const QString &column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The view state changed as a whole (a query ran, a saved view loaded): everything may differ.
    void refresh();

    // A column's title: sorts by it, or reverses the order when it already does.
    Q_INVOKABLE void sortBy(const QString &column);
    // Shows or hides a column; the name is always shown.
    Q_INVOKABLE void toggle(const QString &column);
    Q_INVOKABLE void setWidth(const QString &column, int width);

Q_SIGNALS:
    void sortChanged();
    void hiddenChanged();
    void widthsChanged();
    // The sort changed: the controller runs the query.
    void sortEdited();
    // A column was shown, hidden or resized: the state is kept, no query needed.
    void columnsEdited();

private:
    void rowChanged(const QString &column);

    ImagesViewState *m_state;
};
