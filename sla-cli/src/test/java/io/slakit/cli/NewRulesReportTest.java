package io.slakit.cli;

import io.slakit.api.CreditForm;
import io.slakit.api.CreditUnit;
import io.slakit.api.DeliveryCounts;
import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Family;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.Ticket;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.Rules;
import io.slakit.core.time.BusinessCalendar;
import io.slakit.core.time.ServiceClock;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.breaches;
import static io.slakit.core.rules.Credits.byBreachCount;
import static io.slakit.core.rules.Credits.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report formats and {@code show} for the rules no catalogued product uses yet, on definitions the test owns. */
class NewRulesReportTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    static final SlaDefinition MANAGED = Sla.define("managed", Site.CN, Family.SECURITY)
            .names("托管服务", "Managed service (test)")
            .source(Seeds.CN, 100, "托管服务等级协议")
            .updated("2024-01-01T00:00:00")
            .effectiveFromUpdatedDate()
            .metric(metric("response", "响应时效")
                    .measuredBy(Rules.deadlines(ServiceClock.businessHours(BusinessCalendar.weekdays(), "10:00-12:00", "14:00-17:00"))
                            .respondWithin("emergency", Duration.ofMinutes(30)))
                    .commitment("100", 110)
                    .credit(byBreachCount(breaches("1-2", "10"), breaches("3+", "30")), 120))
            .claim(5, 60, 130)
            .build();

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
    }

    static String write(SlaDefinition d, ResourceMonth r, Function<PrintWriter, ReportWriter> writer) {
        EvaluationReport report = SlaEngine.standard().evaluate(d, EvaluationRequest.of(d.product().value(), Site.CN, APRIL, List.of(r)), List.of());
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        ReportWriter w = writer.apply(out);
        w.start(new ReportWriter.Header(d, report.edition(), APRIL, report.currency(), report.warnings(), report.creditForm(),
                report.creditDefined(), report.claim()));
        w.resource(report.resources().get(0), r);
        w.finish(report.totalCredit(), 1);
        out.flush();
        return text.toString();
    }

    static final ResourceMonth LATE = ResourceMonth.builder("svc-1", Money.of("1000.00", "CNY"))
            .ticket(Ticket.of("T-1", "emergency", at("2024-04-01T11:50")).respondedAt(at("2024-04-01T14:21")))
            .ticket(Ticket.of("T-2", "emergency", at("2024-04-02T10:00")).respondedAt(at("2024-04-02T10:30")))
            .build();

    @Test
    void showPrintsTheDeadlinesAndTheBreachTableInWords() {
        StringWriter text = new StringWriter();
        ShowCommand.printEditions(MANAGED.editions(), new PrintWriter(text, true));
        String shown = text.toString();
        assertTrue(shown.contains("measured:  Deadlines on service hours 10:00-12:00 and 14:00-17:00 on working days: emergency: respond within 30 minutes"), shown);
        assertTrue(shown.contains("credit:    Credit by the month's count of missed deadlines: 1 to 2 -> 10%; 3 or more -> 30%"), shown);
    }

    @Test
    void theTextReportListsEachLateItem() {
        String text = write(MANAGED, LATE, out -> new TextReportWriter(out, false));
        assertTrue(text.contains("    late (response): T-1 responded 1 service minutes late (deadline 2024-04-01T06:20:00Z; "
                + "emergency: respond within 30 minutes of service hours 10:00-12:00 and 14:00-17:00 on working days)"), text);
        assertTrue(text.contains("TOTAL 1 resource(s): credit 100.00 CNY (voucher)"), text);
    }

    @Test
    void theJsonReportCarriesTheLateItems() {
        String json = write(MANAGED, LATE, JsonReportWriter::new);
        assertTrue(json.contains("\"lateItems\" : [ {"), json);
        assertTrue(json.contains("\"ticket\" : \"T-1\""), json);
        assertTrue(json.contains("\"lateness\" : 1,"), json);
        assertTrue(json.contains("\"unit\" : \"service minutes\""), json);
    }

    @Test
    void theCsvReportCountsLateItemsInTheirOwnColumn() {
        String csv = write(MANAGED, LATE, out -> new CsvReportWriter(new CsvReportWriter.Sink(out), new PrintWriter(new StringWriter())));
        assertEquals("id,fee,credit,response.unavailable_minutes,response.availability,response.tier,response.late_items\n"
                + "svc-1,1000.00,100.00,,50.000000,no tier,1\n", csv);
    }

    static final SlaDefinition SMS = Sla.define("sms", Site.CN, Family.COMMUNICATION)
            .names("短信", "SMS (test)")
            .source(Seeds.CN, 44070, "腾讯云短信服务等级协议")
            .updated("2024-01-01T00:00:00")
            .effectiveFromUpdatedDate()
            .metric(metric("delivery", "服务可用性")
                    .measuredBy(Rules.deliveryRatio())
                    .commitment("95", 44110)
                    .credit(Credits.convertedToUnits(Credits.tiered(tier("[90, 95)", "10"), tier("[0, 90)", "25")),
                            CreditUnit.MESSAGES, "0.045", 0, RoundingMode.DOWN), 44140))
            .creditForm(CreditForm.FREE_USAGE)
            .claim(5, 60, 44150)
            .build();
    static final ResourceMonth SENT = ResourceMonth.builder("app-1", Money.of("1000.00", "CNY")).deliveries(DeliveryCounts.of(10000, 9400)).build();

    @Test
    void theTextReportGivesMessagesTheirOwnColumnAndTotal() {
        String text = write(SMS, SENT, out -> new TextReportWriter(out, false));
        String[] lines = text.split("\n");
        assertTrue(lines[1].endsWith("CREDIT  MESSAGES"), lines[1]);
        assertTrue(lines[2].endsWith("0.00  2222"), lines[2]);
        assertTrue(text.contains("TOTAL 1 resource(s): credit 0.00 CNY, 2222 SMS messages (free-usage)"), text);
        String markdown = write(SMS, SENT, out -> new TextReportWriter(out, true));
        assertTrue(markdown.contains("| Credit % | Credit | messages |"), markdown);
        assertTrue(markdown.contains("| 0.00 | 2222 |"), markdown);
    }

    @Test
    void theJsonReportKeepsMessagesApartFromMoney() {
        String json = write(SMS, SENT, JsonReportWriter::new);
        assertTrue(json.contains("\"usageCredits\" : {\n      \"messages\" : \"2222\"\n    }"), json);
        assertTrue(json.contains("\"totalCredit\" : \"0.00\""), json);
        assertTrue(json.contains("\"totalUsageCredits\" : {\n    \"messages\" : \"2222\"\n  }"), json);
        assertTrue(json.contains("\"usageCredit\" : \"2222\""), json);
    }

    @Test
    void theCsvReportGivesMessagesTheirOwnColumn() {
        String csv = write(SMS, SENT, out -> new CsvReportWriter(new CsvReportWriter.Sink(out), new PrintWriter(new StringWriter())));
        assertEquals("id,fee,credit,credit.messages,delivery.unavailable_minutes,delivery.availability,delivery.tier\n"
                + "app-1,1000.00,0.00,2222,,94.000000,\"[90, 95)\"\n", csv);
    }

    @Test
    void showPrintsTheUnitCreditInWords() {
        StringWriter text = new StringWriter();
        ShowCommand.printEditions(SMS.editions(), new PrintWriter(text, true));
        assertTrue(text.toString().contains("measured:  Availability is the messages delivered over the messages sent"), text.toString());
        assertTrue(text.toString().contains("Paid as SMS messages at 0.045 per unit (the amount capped at the basis), rounded down to whole units."),
                text.toString());
    }

    @Test
    void showPrintsACompositeRuleInWords() {
        SlaDefinition medical = Sla.define("medical", Site.CN, Family.INDUSTRY)
                .names("医疗", "Medical (test)")
                .source(Seeds.CN, 1, "医疗服务等级协议")
                .updated("2024-01-01T00:00:00")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(Rules.compositeMinutes(io.slakit.core.rules.Signals.all(
                                io.slakit.core.rules.Signals.signal("api"), io.slakit.core.rules.Signals.signal("console"))))
                        .commitment("99.9", 2)
                        .tiers(3, tier("[99, 99.9)", "10"), tier("[0, 99)", "25")))
                .build();
        StringWriter text = new StringWriter();
        ShowCommand.printEditions(medical.editions(), new PrintWriter(text, true));
        assertTrue(text.toString().contains("measured:  A minute is unavailable when (api down AND console down)"), text.toString());
        ResourceMonth r = ResourceMonth.builder("his-1", Money.of("1000.00", "CNY"))
                .incident(io.slakit.api.Incident.of(at("2024-04-02T10:00"), at("2024-04-02T10:30")).onSignal("api"))
                .incident(io.slakit.api.Incident.of(at("2024-04-02T10:20"), at("2024-04-02T11:00")).onSignal("console"))
                .build();
        String report = write(medical, r, out -> new TextReportWriter(out, false));
        assertTrue(report.matches("(?s).*99\\.976852% \\(availability\\)\\s+10\\s.*"), report);
    }
}
