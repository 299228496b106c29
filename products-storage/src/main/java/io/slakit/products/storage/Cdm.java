package io.slakit.products.storage;

import io.slakit.api.CreditForm;
import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.DeadlineCommitments;
import io.slakit.core.rules.Rules;
import io.slakit.core.time.BusinessCalendar;
import io.slakit.core.time.ServiceClock;

import static io.slakit.core.dsl.MetricSpec.metric;

/**
 * 云数据迁移服务等级协议 (Cloud Data Migration), seed 002 line 7479: three deadlines in working days, no money credit; the only
 * remedy is a free replacement of a faulty device.
 */
final class Cdm {
    private Cdm() {
    }

    /** 7486-7488: review within 1 working day of submission; ship within 15 after all fees are paid; upload started within 3 after the device is back. */
    static DeadlineCommitments deadlines() {
        return Rules.deadlines(ServiceClock.calendarTime(BusinessCalendar.mainlandChina()))
                .deliverWithinWorkingDays("application-review", 1)
                .deliverWithinWorkingDays("device-shipping", 15)
                .deliverWithinWorkingDays("upload-start", 3);
    }

    static SlaDefinition definition() {
        return Sla.define("cdm", Site.CN, Family.STORAGE)
                .names("云数据迁移", "Cloud Data Migration (CDM)")
                .source(Seeds.CN, 7479, "云数据迁移服务等级协议")
                .updated("2023-05-23T15:52:05")
                .effectiveFromUpdatedDate()
                .creditForm(CreditForm.NONE)
                .metric(metric("deadlines", "服务时效")
                        .measuredBy(deadlines())
                        .commitment("100", 7486)
                        .credit(Credits.none("the text defines no money credit for a missed deadline; its only remedy is a free "
                                + "replacement of a migration device that does not work through its own hardware or system fault, with "
                                + "the task's time restarted (7516-7518)"), 7516))
                .note("Input: one ticket per task step, opened and delivered at these instants. \"application-review\": opened when the "
                        + "customer submits the migration task, delivered when Tencent Cloud has reviewed it (1 working day, 7486). "
                        + "\"device-shipping\": opened when every related fee is paid, delivered when the device is mailed (15 working "
                        + "days, 7486-7487). \"upload-start\": opened when the device is received back, delivered when it is racked, "
                        + "deployed and uploading to the cloud (3 working days, 7488).")
                .note("Working days are mainland China's official working days (holidays off, make-up days worked); \"within N working "
                        + "days\" ends at 24:00 of the Nth working day after the day the step began (the day itself is not counted, PRC "
                        + "Civil Code art. 201). A step done on a non-working day after the deadline counts as done on the next working day.")
                .note("The commitment \"100\" is this library's reading of \"every deadline met\": the text writes no percentage. The "
                        + "report lists each missed deadline and its lateness in working days; nothing is paid in money.")
                .note("Free device replacement (7516-7518): a device that cannot work through its own hardware or system fault is "
                        + "replaced free and the task's time restarts; damage from force majeure or the customer's causes is excepted. "
                        + "This is the text's only remedy and it removes no time from a deadline, so it is a note, not a clause.")
                .note("Customer-caused damage (7498-7500): if the customer damages the device or makes its system unavailable, Tencent "
                        + "Cloud does not guarantee the migration's correctness and deducts repairs from the deposit. Data that breaks PRC "
                        + "law is at the customer's risk (7506). Migration between mainland China and Hong Kong or abroad is not supported "
                        + "(7530). None of these removes time from a deadline.")
                .build();
    }
}
