// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/terminal/keymapping.h"

#include <QList>

#include <vterm.h>

namespace Sextant::Ui {

namespace {

int vtermModifiers(Qt::KeyboardModifiers modifiers)
{
    int result = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        result |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::AltModifier)
        result |= VTERM_MOD_ALT;
    if (modifiers & Qt::ControlModifier)
        result |= VTERM_MOD_CTRL;
    return result;
}

int specialKey(int qtKey)
{
    switch (qtKey) {
    case Qt::Key_Return:
        return VTERM_KEY_ENTER;
    case Qt::Key_Enter:
        return VTERM_KEY_KP_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        break;
    }
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F35)
        return VTERM_KEY_FUNCTION(1 + qtKey - Qt::Key_F1);
    return VTERM_KEY_NONE;
}

} // namespace

std::optional<TerminalKey> terminalKeyFor(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text)
{
    TerminalKey key;
    key.modifiers = vtermModifiers(modifiers);
    if (qtKey == Qt::Key_Backtab)
        key.modifiers |= VTERM_MOD_SHIFT;
    key.vtermKey = specialKey(qtKey);
    if (key.vtermKey != VTERM_KEY_NONE)
        return key;

    // Ctrl+letter: Qt's text is already the control character on some
    // platforms and empty on others; libvterm wants the letter with CTRL.
    if ((modifiers & Qt::ControlModifier) && qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z) {
        key.character = char32_t('a' + (qtKey - Qt::Key_A));
        return key;
    }
    if ((modifiers & Qt::ControlModifier) && qtKey >= Qt::Key_BracketLeft && qtKey <= Qt::Key_Underscore) {
        key.character = char32_t(qtKey); // Ctrl+[ \ ] ^ _
        return key;
    }
    if ((modifiers & Qt::ControlModifier) && (qtKey == Qt::Key_Space || qtKey == Qt::Key_At)) {
        key.character = U' ';
        return key;
    }
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.isEmpty() || codePoints.first() < 0x20 || codePoints.first() == 0x7f)
        return std::nullopt;
    key.character = char32_t(codePoints.first());
    // Shift is already in the character.
    key.modifiers &= ~VTERM_MOD_SHIFT;
    return key;
}

} // namespace Sextant::Ui
