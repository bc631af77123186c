// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/requesthandle.h"
#include "ui/actions/resourceaction.h"

#include <QDialog>

class QLabel;

namespace Sextant::Ui {

class SecretDataView;

// Reads a Secret fresh from the server and shows its keys in a
// SecretDataView, every value masked until revealed. Deletes itself when closed.
class SecretDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)
public:
    explicit SecretDialog(ActionTarget target, QWidget *parent = nullptr);
    ~SecretDialog() override;

    SecretDataView *view() const { return m_view; }
    bool isLoaded() const { return m_loaded; }
    QString errorText() const;

Q_SIGNALS:
    void loaded();
    void loadFailed(const Sextant::Core::ApiError &error);

private:
    ActionTarget m_target;
    SecretDataView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    Core::RequestHandle m_request;
    bool m_loaded = false;
};

} // namespace Sextant::Ui
