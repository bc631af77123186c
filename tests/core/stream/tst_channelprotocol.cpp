// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "core/stream/channelprotocol.h"
#include "core/stream/channelsocket.h"
#include "core/stream/execsession.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sextant::Core;

class TestChannelProtocol final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encode_stdinFrame_channelByteThenData()
    {
        const QByteArray frame = encodeChannelFrame(StreamChannel::Stdin, "ls\n");
        QCOMPARE(frame, QByteArray("\x00ls\n", 4));
    }

    void decode_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("channel");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("stdout") << QByteArray("\x01hello", 6) << 1 << QByteArray("hello");
        QTest::newRow("stderr") << QByteArray("\x02oops", 5) << 2 << QByteArray("oops");
        QTest::newRow("channel byte only") << QByteArray("\x03", 1) << 3 << QByteArray();
        QTest::newRow("binary payload") << QByteArray("\x00\xff\x00", 3) << 0 << QByteArray("\xff\x00", 2);
        QTest::newRow("v5 close signal") << QByteArray("\xff\x00", 2) << 255 << QByteArray("\x00", 1);
    }
    void decode()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, channel);
        QFETCH(QByteArray, data);
        const auto frame = decodeChannelFrame(message);
        QVERIFY(frame.has_value());
        QCOMPARE(frame->channel, channel);
        QCOMPARE(frame->data, data);
    }

    void decode_emptyMessage_noFrame() { QVERIFY(!decodeChannelFrame(QByteArray()).has_value()); }

    void encodeClose_stdin_signalThenChannel()
    {
        QCOMPARE(encodeCloseFrame(StreamChannel::Stdin), QByteArray("\xff\x00", 2));
    }

    void encodeResize_widthHeightJson()
    {
        const QByteArray frame = encodeResizeFrame(120, 40);
        QCOMPARE(quint8(frame.at(0)), StreamChannel::Resize);
        const QJsonObject size = QJsonDocument::fromJson(frame.mid(1)).object();
        QCOMPARE(size.value(QLatin1String("Width")).toInt(), 120);
        QCOMPARE(size.value(QLatin1String("Height")).toInt(), 40);
        QCOMPARE(size.size(), 2);
    }

    void exitStatus_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("success") << QByteArray("{\"metadata\":{},\"status\":\"Success\"}") << 0 << QString();
        QTest::newRow("exit 3") << QByteArray("{\"metadata\":{},\"status\":\"Failure\",\"message\":\"command "
                                              "terminated with non-zero exit code: exit code 3\",\"reason\":"
                                              "\"NonZeroExitCode\",\"details\":{\"causes\":[{\"reason\":"
                                              "\"ExitCode\",\"message\":\"3\"}]}}")
                                << 3 << QStringLiteral("command terminated with non-zero exit code: exit code 3");
        QTest::newRow("other failure") << QByteArray("{\"metadata\":{},\"status\":\"Failure\",\"message\":"
                                                     "\"executable file not found\",\"reason\":\"InternalError\"}")
                                       << -1 << QStringLiteral("executable file not found");
        QTest::newRow("plain text (v1)") << QByteArray("error: boom") << -1 << QStringLiteral("error: boom");
    }
    void exitStatus()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto status = parseExitStatus(json);
        QVERIFY(status.has_value());
        QCOMPARE(status->exitCode, exitCode);
        QCOMPARE(status->message, message);
    }

    void exitStatus_incompleteJson_notYet()
    {
        QVERIFY(!parseExitStatus("{\"metadata\":{},\"sta").has_value());
        QVERIFY(!parseExitStatus("").has_value());
    }

    void execQuery_commandRepeatedAndTtyDropsStderr()
    {
        ExecSessionOptions options;
        options.command = { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hi") };
        options.container = QStringLiteral("app");
        options.tty = true;
        options.stdinEnabled = true;
        const auto query = ExecSession::query(options);
        QStringList commands;
        QHash<QString, QString> flags;
        for (const auto &[key, value] : query) {
            if (key == QLatin1String("command"))
                commands.append(value);
            else
                flags.insert(key, value);
        }
        QCOMPARE(commands, options.command);
        QCOMPARE(flags.value(QStringLiteral("container")), QStringLiteral("app"));
        QCOMPARE(flags.value(QStringLiteral("tty")), QStringLiteral("true"));
        QCOMPARE(flags.value(QStringLiteral("stdin")), QStringLiteral("true"));
        QCOMPARE(flags.value(QStringLiteral("stderr")), QStringLiteral("false"));
    }

    void certificateMatchesName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        QTest::newRow("dns SAN") << QStringLiteral("server.crt") << QStringLiteral("localhost") << true;
        QTest::newRow("dns SAN, other case") << QStringLiteral("server.crt") << QStringLiteral("LocalHost") << true;
        QTest::newRow("ip SAN") << QStringLiteral("server.crt") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("other ip") << QStringLiteral("server.crt") << QStringLiteral("127.0.0.2") << false;
        QTest::newRow("other name") << QStringLiteral("server.crt") << QStringLiteral("kubernetes") << false;
        QTest::newRow("tls-server-name") << QStringLiteral("wronghost.crt") << QStringLiteral("not-this-host.invalid")
                                         << true;
        QTest::newRow("no partial match")
            << QStringLiteral("wronghost.crt") << QStringLiteral("this-host.invalid") << false;
    }
    void certificateMatchesName()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        QFile pem(QStringLiteral(SEXTANT_TEST_DATA_DIR "/tls/") + file);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem.readAll(), QSsl::Pem);
        QVERIFY(!certificates.isEmpty());
        QCOMPARE(ChannelSocket::certificateMatchesName(certificates.first(), name), matches);
    }

    void attachQuery_noCommand()
    {
        ExecSessionOptions options;
        options.attach = true;
        options.command = { QStringLiteral("ignored") };
        const auto query = ExecSession::query(options);
        for (const auto &pair : query)
            QVERIFY(pair.first != QLatin1String("command"));
        QVERIFY(query.contains(qMakePair(QStringLiteral("stderr"), QStringLiteral("true"))));
    }
};

QTEST_GUILESS_MAIN(TestChannelProtocol)
#include "tst_channelprotocol.moc"
