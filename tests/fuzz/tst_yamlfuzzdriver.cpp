// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
// Deterministic mutation fuzzing of the YAML -> JSON layer for a bounded time,
// for compilers without libFuzzer (gcc): seeds from the corpus and the hostile
// set, byte-level and YAML-aware mutations from a fixed-seed generator. Each
// input must finish quickly; a crash or an assertion fails the test. Time:
// SEXTANT_FUZZ_SECONDS (default 20).
#include "yamlfuzz.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace {

QList<QByteArray> seeds()
{
    QList<QByteArray> out { ",", "a: 1\n---\n,\n", "[[[[[[", "a: &a [*a]\n", "? [a]\n: b\n", "a: |\n  x\n b\n",
        "- - - x\n", "{a: [b, {c: d}]}\n", "a: \"\\u0000\"\n", "%YAML 1.2\n---\na: 1\n...\n", "a:\n\t- b\n",
        "x: !!binary aGk=\n", "a: *b\n", "---\n---\n---\n" };
    QDirIterator it(QStringLiteral(SEXTANT_TEST_DATA_DIR "/yaml"), { QStringLiteral("*.yaml") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            out.append(file.readAll());
        }
    }
    return out;
}

QByteArray mutate(QByteArray input, QRandomGenerator &random, const QList<QByteArray> &pool)
{
    static const QList<QByteArray> tokens { ":", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "? ", "|", ">", "\"", "'",
        "#", "---\n", "...\n", "\n", "  ", "\t", "!!str ", "!x ", "%", "@", "`", "\xff", "\xc3", "\xe2\x82" };
    const int rounds = 1 + int(random.bounded(8));
    for (int r = 0; r < rounds; ++r) {
        const qsizetype at = input.isEmpty() ? 0 : qsizetype(random.bounded(quint32(input.size() + 1)));
        switch (random.bounded(6)) {
        case 0: // insert a token
            input.insert(at, tokens.at(random.bounded(qsizetype(tokens.size()))));
            break;
        case 1: // delete a run
            input.remove(at, qsizetype(random.bounded(16)));
            break;
        case 2: // flip a byte
            if (!input.isEmpty()) {
                input[std::min(at, input.size() - 1)] = char(random.bounded(256));
            }
            break;
        case 3: // duplicate a slice
            input.insert(at, input.mid(at, qsizetype(random.bounded(64))));
            break;
        case 4: // splice another seed
        {
            const QByteArray &other = pool.at(random.bounded(qsizetype(pool.size())));
            input.insert(at, other.mid(qsizetype(random.bounded(quint32(other.size() + 1))), 80));
            break;
        }
        default: // truncate
            input.truncate(at);
            break;
        }
    }
    return input.left(256 * 1024);
}

} // namespace

class TestYamlFuzzDriver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mutatedInputs_neverCrashOrHang()
    {
        const int seconds = qEnvironmentVariableIsSet("SEXTANT_FUZZ_SECONDS")
            ? qEnvironmentVariableIntValue("SEXTANT_FUZZ_SECONDS")
            : 20;
        const QList<QByteArray> pool = seeds();
        QVERIFY(pool.size() > 40);
        QRandomGenerator random(20261127);
        QElapsedTimer total;
        total.start();
        qint64 runs = 0;
        qint64 slowest = 0;
        for (const QByteArray &seed : pool) {
            SextantFuzz::runYamlLayer(reinterpret_cast<const std::uint8_t *>(seed.constData()), size_t(seed.size()));
        }
        while (total.elapsed() < seconds * 1000) {
            const QByteArray input = mutate(pool.at(random.bounded(qsizetype(pool.size()))), random, pool);
            QElapsedTimer one;
            one.start();
            SextantFuzz::runYamlLayer(reinterpret_cast<const std::uint8_t *>(input.constData()), size_t(input.size()));
            const qint64 took = one.elapsed();
            if (took > slowest) {
                slowest = took;
            }
            QVERIFY2(took < 2000,
                qPrintable(
                    QStringLiteral("slow input (%1 ms): %2").arg(took).arg(QString::fromLatin1(input.toBase64()))));
            ++runs;
        }
        qInfo() << runs << "inputs in" << total.elapsed() << "ms; slowest" << slowest << "ms";
        QVERIFY(runs > 100);
    }
};

QTEST_GUILESS_MAIN(TestYamlFuzzDriver)
#include "tst_yamlfuzzdriver.moc"
