// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/actionmenu.h"
#include "ui/actions/deletedialog.h"
#include "ui/actions/resourceaction.h"
#include "ui/actions/workloadactions.h"

#include <QAction>
#include <QJsonDocument>
#include <QListWidget>
#include <QMenu>
#include <QRadioButton>
#include <QTest>

using namespace Sextant;

namespace {

const Core::ResourceRef deployments { QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"),
    true };
const Core::ResourceRef cronjobs { QStringLiteral("batch"), QStringLiteral("v1"), QStringLiteral("cronjobs"), true };
const Core::ResourceRef pods { {}, QStringLiteral("v1"), QStringLiteral("pods"), true };

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

Ui::ActionTarget target(const Core::ResourceRef &resource, const QList<QJsonObject> &objects)
{
    Ui::ActionTarget target;
    target.resource = resource;
    target.objects = objects;
    return target; // no permissions: nothing to ask, every check counts as allowed
}

// Records triggers instead of doing anything.
class RecordingAction final : public Ui::ResourceAction {
public:
    QString id() const override { return QStringLiteral("test.record"); }
    QString text() const override { return QStringLiteral("Record"); }
    bool appliesTo(const Core::ResourceRef &resource) const override { return resource == pods; }
    QList<Ui::PermissionNeed> permissions(const Ui::ActionTarget &) const override { return {}; }
    void trigger(const Ui::ActionTarget &target, QWidget *) override { triggered.append(target.objects.size()); }
    QList<qsizetype> triggered;
};

} // namespace

class TestActionMenu final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Ui::registerWorkloadActions(Ui::ActionRegistry::instance()); }

    void registry_workloadActions_byKindAndOnce()
    {
        Ui::ActionRegistry &registry = Ui::ActionRegistry::instance();
        const qsizetype count = registry.all().size();
        Ui::registerWorkloadActions(registry);
        QCOMPARE(registry.all().size(), count); // twice is harmless
        QStringList forDeployments;
        for (Ui::ResourceAction *action : registry.actionsFor(deployments))
            forDeployments.append(action->id());
        QCOMPARE(forDeployments,
            QStringList({ QStringLiteral("workload.scale"), QStringLiteral("workload.restart"),
                QStringLiteral("workload.pause"), QStringLiteral("workload.resume"),
                QStringLiteral("workload.rollback"), QStringLiteral("object.delete") }));
        QStringList forCronJobs;
        for (Ui::ResourceAction *action : registry.actionsFor(cronjobs))
            forCronJobs.append(action->id());
        QCOMPARE(forCronJobs,
            QStringList({ QStringLiteral("cronjob.run-now"), QStringLiteral("cronjob.suspend"),
                QStringLiteral("cronjob.resume"), QStringLiteral("object.delete") }));
        QVERIFY(registry.find(QStringLiteral("object.delete"))->isDestructive());
        QCOMPARE(registry.find(QStringLiteral("nope")), nullptr);
    }

    void builder_stateReasons_greyedWithTooltip()
    {
        const QJsonObject paused = object(R"({"metadata":{"name":"web","namespace":"demo"},"spec":{"paused":true}})");
        Ui::ActionMenuBuilder builder(target(deployments, { paused }), nullptr);
        QVERIFY(builder.settled());
        QAction *pause = builder.actionFor(QStringLiteral("workload.pause"));
        QAction *resume = builder.actionFor(QStringLiteral("workload.resume"));
        QAction *restart = builder.actionFor(QStringLiteral("workload.restart"));
        QVERIFY(!pause->isEnabled());
        QCOMPARE(pause->toolTip(), QStringLiteral("This rollout is already paused."));
        QVERIFY(resume->isEnabled());
        QVERIFY(!restart->isEnabled());
        QCOMPARE(restart->toolTip(), QStringLiteral("can't restart paused deployment (run rollout resume first)"));
        QVERIFY(!builder.actionFor(QStringLiteral("workload.rollback"))->isEnabled());
        QVERIFY(builder.actionFor(QStringLiteral("object.delete"))->isEnabled());
        QCOMPARE(builder.actionFor(QStringLiteral("object.delete"))->shortcut(), QKeySequence(QKeySequence::Delete));
    }

    void builder_manyObjects_singleObjectActionsGreyed()
    {
        const QList<QJsonObject> two { object(R"({"metadata":{"name":"a","namespace":"demo"},"spec":{}})"),
            object(R"({"metadata":{"name":"b","namespace":"demo"},"spec":{}})") };
        Ui::ActionMenuBuilder builder(target(deployments, two), nullptr);
        QVERIFY(!builder.actionFor(QStringLiteral("workload.scale"))->isEnabled());
        QCOMPARE(builder.actionFor(QStringLiteral("workload.scale"))->toolTip(),
            QStringLiteral("Works on one object at a time."));
        QVERIFY(builder.actionFor(QStringLiteral("object.delete"))->isEnabled());
        QVERIFY(builder.actionFor(QStringLiteral("workload.restart"))->isEnabled());
    }

    void fillMenu_destructiveLastAfterSeparator_tooltipsVisible()
    {
        QMenu menu;
        Ui::ActionMenuBuilder::populate(
            &menu, target(cronjobs, { object(R"({"metadata":{"name":"c","namespace":"n"},"spec":{}})") }), nullptr);
        QVERIFY(menu.toolTipsVisible());
        const QList<QAction *> actions = menu.actions();
        QVERIFY(actions.size() >= 3);
        QVERIFY(actions.at(actions.size() - 2)->isSeparator());
        QCOMPARE(actions.last()->data().toString(), QStringLiteral("object.delete"));
        QVERIFY(!menu.findChild<QAction *>(QStringLiteral("cronjob.resume"))->isEnabled()); // not suspended
    }

    void trigger_enabledAction_runsWithTarget()
    {
        auto recording = std::make_unique<RecordingAction>();
        RecordingAction *action = recording.get();
        Ui::ActionRegistry::instance().add(std::move(recording));
        const QList<QAction *> actions = Ui::ActionMenuBuilder::actionsFor(
            target(pods, { object(R"({"metadata":{"name":"p","namespace":"n"}})") }), nullptr, this);
        QAction *record = nullptr;
        for (QAction *candidate : actions) {
            if (candidate->data().toString() == QLatin1String("test.record"))
                record = candidate;
        }
        QVERIFY(record);
        record->trigger();
        QCOMPARE(action->triggered, QList<qsizetype> { 1 });
    }

    void deleteDialog_listsObjects_backgroundByDefault_accessible()
    {
        Ui::DeleteDialog dialog(target(deployments,
            { object(R"({"metadata":{"name":"a","namespace":"demo"}})"),
                object(R"({"metadata":{"name":"b","namespace":"demo"}})") }));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("objects"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("demo/a"));
        QVERIFY(!list->accessibleName().isEmpty());
        QCOMPARE(dialog.propagationPolicy(), QStringLiteral("Background"));
        for (const char *policy : { "Background", "Foreground", "Orphan" }) {
            auto *button = dialog.findChild<QRadioButton *>(QString::fromLatin1(policy));
            QVERIFY(button);
            QVERIFY(!button->accessibleDescription().isEmpty());
        }
        dialog.setPropagationPolicy(QStringLiteral("Foreground"));
        QCOMPARE(dialog.propagationPolicy(), QStringLiteral("Foreground"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Delete 2 deployment objects?"));
    }
};

QTEST_MAIN(TestActionMenu)
#include "tst_actionmenu.moc"
