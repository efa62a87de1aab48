#include "ui/response/BodyView.h"

#include "ui/response/TextRowDelegate.h"
#include "ui/response/TextRowsModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>

#include <algorithm>

namespace r8::ui {

BodyView::BodyView(QWidget* parent)
    : QListView(parent), m_model(new TextRowsModel(this)), m_delegate(new TextRowDelegate(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUniformItemSizes(true);
    setBatchSize(50000);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setWordWrap(false);
    setTextElideMode(Qt::ElideNone);
    setItemDelegate(m_delegate);
    setModel(m_model);
    updateMetrics();
}

void BodyView::updateMetrics()
{
    m_delegate->setMetrics(font(), m_model->formatted().maxRowBytes, m_model->lineCount());
    m_delegate->setHighlight(m_model->isJson());
}

void BodyView::setFormatted(composer::FormattedText text)
{
    // Very long bodies are laid out in slices between events (the GUI stays responsive); the
    // rows at the top, the ones shown first, come in the first slice.
    setLayoutMode(text.rows.size() > batchLayoutRows ? QListView::Batched : QListView::SinglePass);
    m_model->setText(std::move(text));
    updateMetrics();
    doItemsLayout();
    horizontalScrollBar()->setValue(0);
    scrollToTop();
    viewport()->update();
}

void BodyView::clear()
{
    setFormatted(composer::FormattedText());
}

QString BodyView::selectedText() const
{
    QList<int> rows;
    const QModelIndexList indexes = selectionModel()->selectedIndexes();
    rows.reserve(indexes.size());
    for (const QModelIndex& i : indexes)
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    return m_model->text(rows);
}

QString BodyView::allText() const
{
    return QString::fromUtf8(m_model->formatted().text);
}

void BodyView::goToLine(qint64 line)
{
    const int row = m_model->rowOfLine(line);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    if (layoutMode() == QListView::Batched) { // lay everything out first, or the row has no place yet
        setLayoutMode(QListView::SinglePass);
        doItemsLayout();
    }
    setCurrentIndex(index);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
}

bool BodyView::find(const QString& text, bool backwards)
{
    const QByteArray& body = m_model->formatted().text;
    const QByteArray needle = text.toUtf8();
    if (needle.isEmpty() || body.isEmpty())
        return false;
    const auto& rows = m_model->formatted().rows;
    const int current = currentIndex().isValid() ? currentIndex().row() : -1;
    qsizetype at = -1;
    if (!backwards) {
        const qsizetype from = current >= 0 ? qsizetype(rows.at(current).start) + rows.at(current).length : 0;
        at = body.indexOf(needle, from);
        if (at < 0)
            at = body.indexOf(needle); // wrap around
    } else {
        const qsizetype before = current >= 0 ? qsizetype(rows.at(current).start) - 1 : body.size();
        at = before >= 0 ? body.lastIndexOf(needle, before) : -1;
        if (at < 0)
            at = body.lastIndexOf(needle);
    }
    if (at < 0)
        return false;
    const QModelIndex index = m_model->index(m_model->rowOfOffset(at));
    if (layoutMode() == QListView::Batched) {
        setLayoutMode(QListView::SinglePass);
        doItemsLayout();
    }
    setCurrentIndex(index);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void BodyView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void BodyView::keyPressEvent(QKeyEvent* event)
{
    if (event == QKeySequence::Copy) {
        copySelection();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void BodyView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* copy = menu.addAction(tr("&Copy"), this, &BodyView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selectionModel()->hasSelection());
    QAction* all = menu.addAction(tr("Select &all"), this, &QAbstractItemView::selectAll);
    all->setShortcut(QKeySequence::SelectAll);
    all->setEnabled(m_model->rowCount() > 0);
    menu.exec(event->globalPos());
}

void BodyView::changeEvent(QEvent* event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        doItemsLayout();
    } else if (event->type() == QEvent::PaletteChange) {
        viewport()->update();
    }
}

} // namespace r8::ui
