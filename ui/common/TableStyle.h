#pragma once

class QTableView;

namespace r8::ui {

// One look for the lists of the app (tokens, history, findings, account tokens, environments,
// .env import): whole rows selected, alternating row colours, no grid, no row numbers, compact
// rows sized from the font, left-aligned headers that do not light up, long cells elided (their
// models give the whole text as a tooltip).
void applyTableStyle(QTableView* table);

} // namespace r8::ui
