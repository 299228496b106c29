package io.slakit.cli;

import io.slakit.api.Band;
import io.slakit.api.ClaimWindow;
import io.slakit.api.CreditForm;
import io.slakit.api.CreditTier;
import io.slakit.api.Edition;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Metric;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.SlaDefinition;
import io.slakit.api.UsageCredit;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.json.MonthFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code slakit claim FILE}: for each resource the month owes a credit, the ticket text a customer
 * files (issue 24): the account placeholders, product and edition, the resource, each counted outage
 * to the minute in the contract's zone, the availability against the commitment, the tier and the
 * clauses they stand on, the credit in the contract's form and the window to file it in.
 */
@Command(name = "claim", mixinStandardHelpOptions = true,
        description = {"Claim drafts: for each resource owed a credit, the ticket text to file (a month file as evaluate takes: "
                + "JSON, JSON Lines or '-')."})
final class ClaimCommand implements Callable<Integer> {
    enum Lang { zh, en }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The month file (JSON or JSON Lines), or - for standard input.")
    String file;

    @Option(names = "--lang", defaultValue = "zh", description = "zh (default: the contract's language) or en.")
    Lang lang;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day the claim window's state is given for (default: today in the contract's zone).")
    String asOf;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the drafts here instead of standard output (whole or not at all).")
    Path out;

    @Option(names = "--calendar", paramLabel = "FILE", description = Calendars.OPTION_HELP)
    Path calendar;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new InvalidInputException("FILE", file, "is CSV; claim reads a JSON or JSON Lines month file (its header names product, "
                    + "month and edition)");
        }
        Optional<LocalDate> day = asOf == null ? Optional.empty() : Optional.of(Args.date(asOf, "--as-of"));
        SlaEngine engine = Calendars.engine(calendar);
        MonthResults results = new MonthResults();
        Inputs.Source source = EvaluateCommand.evaluate(file, engine, results);
        MonthFileReader.Header input = source.header();
        ReportWriter.Header h = results.header();
        SlaDefinition d = h.definition();
        h.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        Words texts = lang == Lang.zh ? ZH : EN;
        List<MonthResults.Evaluated> owed = results.resources().stream().filter(r -> owes(r.report())).toList();
        StringBuilder text = new StringBuilder();
        if (owed.isEmpty()) {
            text.append(texts.nothingOwed(d, h, results.resources().size())).append('\n');
        } else {
            LocalDate today = day.orElseGet(() -> LocalDate.now(d.zone()));
            Edition edition = d.edition(h.edition()).orElseThrow();
            for (int i = 0; i < owed.size(); i++) {
                if (i > 0) {
                    text.append('\n');
                }
                MonthResults.Evaluated r = owed.get(i);
                // The peers evaluate used: the whole file, or (JSON Lines) the resource alone.
                List<Incident> counted = countedIncidents(engine, d, edition, input, r, source.wholeFleet() ? results.inputs()
                        : List.of(r.input()));
                draft(text, texts, h, edition, r, counted, today, i + 1, owed.size());
            }
        }
        List<Path> inputs = new ArrayList<>();
        if (!file.equals("-")) {
            inputs.add(Path.of(file));
        }
        if (calendar != null) {
            inputs.add(calendar);
        }
        TextOutput.write(text.toString(), out, inputs, spec.commandLine().getOut());
        return Main.OK;
    }

    /** A credit in money, in a unit, or in another form. */
    static boolean owes(ResourceReport r) {
        return r.credit().amount().signum() > 0 || r.usageCredits().stream().anyMatch(u -> u.amount().signum() > 0) || !r.otherForms().isEmpty();
    }

    private static void draft(StringBuilder out, Words t, ReportWriter.Header h, Edition edition, MonthResults.Evaluated evaluated,
                              List<Incident> counted, LocalDate today, int index, int count) {
        SlaDefinition d = h.definition();
        ResourceReport r = evaluated.report();
        ResourceMonth resource = evaluated.input();
        ZoneId zone = d.zone();
        line(out, t.title(index, count, r.id()));
        line(out, "AppID" + t.colon() + t.placeholder("AppID"));
        line(out, "UIN" + t.colon() + t.placeholder("UIN"));
        line(out, t.product() + t.colon() + t.productLine(d, edition));
        line(out, t.sla() + t.colon() + t.slaLine(d));
        line(out, t.serviceMonth() + t.colon() + t.monthLine(r, zone));
        line(out, t.resource() + t.colon() + t.resourceLine(resource));
        if (!counted.isEmpty()) {
            line(out, t.outages(zone) + t.colon().strip());
            counted.forEach(i -> line(out, "  " + t.period(period(i, zone))));
        }
        List<Incident> excluded = resource.incidents().stream().filter(i -> i.attribution().isExcluded()).toList();
        if (!excluded.isEmpty()) {
            line(out, t.excludedHeading() + t.colon().strip());
            for (Incident i : excluded) {
                String code = i.attribution().exclusionCode().orElseThrow();
                ExclusionClause clause = d.exclusion(code).orElseThrow();
                line(out, "  " + t.period(period(i, zone)) + t.clause(clause));
            }
        }
        line(out, t.missedHeading() + t.colon().strip());
        for (MetricResult m : r.metrics()) {
            if (m.met()) {
                continue;
            }
            Metric metric = edition.metric(m.metric()).orElseThrow();
            line(out, "  " + t.metricLine(m, metric));
            m.tier().ifPresent(tier -> line(out, "    " + t.tierLine(tier, m, metric)));
        }
        long missed = r.metrics().stream().filter(m -> !m.met() && (m.credit().amount().signum() > 0 || m.usageCredit().isPresent())).count();
        if (missed > 1) {
            line(out, t.combination(d.combination()));
        }
        line(out, t.creditAsked() + t.colon() + t.credit(r, d.creditForm()));
        if (PerResourceClaims.applies(d)) {
            // The text counts the window from this resource's own service-year end: the report states none of its own.
            line(out, t.windowHeading() + t.colon() + r.claim().map(w -> t.window(w, d, today) + t.perResource())
                    .orElse(t.noResourceWindow()));
        } else {
            h.claim().ifPresentOrElse(w -> line(out, t.windowHeading() + t.colon() + t.window(w, d, today)),
                    () -> line(out, t.windowHeading() + t.colon() + t.noWindow()));
        }
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }

    /** Start and end to the minute in the contract's zone: the start down, the end up, so the period holds the outage. */
    private static String[] period(Incident i, ZoneId zone) {
        Instant start = i.startInclusive().truncatedTo(ChronoUnit.MINUTES);
        Instant end = i.endExclusive().truncatedTo(ChronoUnit.MINUTES);
        if (end.isBefore(i.endExclusive())) {
            end = end.plus(1, ChronoUnit.MINUTES);
        }
        return new String[] {MINUTE.format(start.atZone(zone)), MINUTE.format(end.atZone(zone))};
    }

    /**
     * The provider's incidents the evaluation counted, asked of the engine rather than re-derived: an
     * incident counted when the month evaluated without it comes out differently, or when it alone
     * counts (two identical incidents each count). One under the rule's threshold (CVM: a minute or
     * less) is not claimed.
     */
    private static List<Incident> countedIncidents(SlaEngine engine, SlaDefinition d, Edition edition, MonthFileReader.Header header,
                                                   MonthResults.Evaluated evaluated, List<ResourceMonth> fleet) {
        ResourceMonth resource = evaluated.input();
        List<Incident> excluded = resource.incidents().stream().filter(i -> i.attribution().isExcluded()).toList();
        // The baseline is evaluated with the same peers as the variations (JSON Lines evaluated each resource alone).
        ResourceReport baseline = evaluate(engine, d, edition, header, resource, resource.incidents(), fleet);
        List<Incident> counted = new ArrayList<>();
        for (Incident incident : resource.incidents()) {
            if (incident.attribution().isExcluded()) {
                continue;
            }
            List<Incident> without = new ArrayList<>(resource.incidents());
            without.remove(incident);
            List<Incident> alone = new ArrayList<>(excluded);
            alone.add(incident);
            if (!sameMeasure(baseline, evaluate(engine, d, edition, header, resource, without, fleet))
                    || evaluate(engine, d, edition, header, resource, alone, fleet).metrics().stream()
                    .anyMatch(m -> m.unavailableMinutes().map(BigDecimal::signum).orElse(0) > 0)) {
                counted.add(incident);
            }
        }
        return counted;
    }

    private static ResourceReport evaluate(SlaEngine engine, SlaDefinition d, Edition edition, MonthFileReader.Header header,
                                           ResourceMonth resource, List<Incident> incidents, List<ResourceMonth> fleet) {
        ResourceMonth changed = new ResourceMonth(resource.id(), resource.region(), resource.zone(), resource.fee(), resource.otherFees(),
                resource.units(), resource.activeFrom(), resource.activeUntil(), incidents, resource.priorIncidents(), resource.windows(),
                resource.durability(), resource.tickets(), resource.deliveries());
        List<ResourceMonth> peers = fleet.stream().map(p -> p == resource ? changed : p).toList();
        return engine.evaluateResource(d, edition, header.month(), header.serviceStart(), changed, peers, SlaEngine.exclusionCodes(d),
                SlaEngine.newCache(), "resources[" + resource.id() + "]");
    }

    private static boolean sameMeasure(ResourceReport a, ResourceReport b) {
        for (MetricResult m : a.metrics()) {
            Optional<MetricResult> other = b.metric(m.metric());
            if (other.isEmpty() || m.availability().compareTo(other.get().availability()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The words of a draft in one language. */
    interface Words {
        String colon();

        String placeholder(String field);

        String title(int index, int count, String id);

        String product();

        String productLine(SlaDefinition d, Edition e);

        String sla();

        String slaLine(SlaDefinition d);

        String serviceMonth();

        String monthLine(ResourceReport r, ZoneId zone);

        String resource();

        String resourceLine(ResourceMonth r);

        String outages(ZoneId zone);

        String period(String[] period);

        String excludedHeading();

        String clause(ExclusionClause clause);

        String missedHeading();

        String metricLine(MetricResult m, Metric metric);

        String tierLine(CreditTier tier, MetricResult m, Metric metric);

        String combination(io.slakit.api.CombinationRule rule);

        String creditAsked();

        String credit(ResourceReport r, CreditForm form);

        String windowHeading();

        String window(ClaimWindow w, SlaDefinition d, LocalDate today);

        String noWindow();

        /** After a resource's own window where the text counts windows per resource. */
        String perResource();

        /** A resource whose service year does not end in the month, where windows are per resource. */
        String noResourceWindow();

        String nothingOwed(SlaDefinition d, ReportWriter.Header h, int resources);
    }

    static String availability(MetricResult m) {
        return m.availability().display(6).toPlainString() + "%";
    }

    static String where(ResourceMonth r, String region, String zone, String separator) {
        List<String> parts = new ArrayList<>();
        if (!r.region().isEmpty()) {
            parts.add(region + r.region());
        }
        if (!r.zone().isEmpty()) {
            parts.add(zone + r.zone());
        }
        return parts.isEmpty() ? "" : " (" + String.join(separator, parts) + ")";
    }

    private static final Words EN = new Words() {
        @Override
        public String colon() {
            return ": ";
        }

        @Override
        public String placeholder(String field) {
            return "<your " + field + ">";
        }

        @Override
        public String title(int index, int count, String id) {
            return "Claim draft " + index + " of " + count + ": " + id;
        }

        @Override
        public String product() {
            return "Product";
        }

        @Override
        public String productLine(SlaDefinition d, Edition e) {
            return d.nameEn() + " / " + d.nameZh() + " (" + d.product() + ", site " + d.site() + "), edition " + e.id()
                    + (e.name().equals(e.id()) ? "" : " (" + e.name() + ")");
        }

        @Override
        public String sla() {
            return "Agreement";
        }

        @Override
        public String slaLine(SlaDefinition d) {
            return d.provenance().title() + ", effective " + d.provenance().effective() + " (" + d.provenance().seedFile() + " line "
                    + d.provenance().titleLine().line() + ")";
        }

        @Override
        public String serviceMonth() {
            return "Service month";
        }

        @Override
        public String monthLine(ResourceReport r, ZoneId zone) {
            return r.serviceMonth().firstDay() + " to " + r.serviceMonth().lastDay() + " (" + r.serviceMonth().totalMinutes()
                    + " minutes, " + zone + ")";
        }

        @Override
        public String resource() {
            return "Resource ID";
        }

        @Override
        public String resourceLine(ResourceMonth r) {
            return r.id() + where(r, "region ", "zone ", ", ");
        }

        @Override
        public String outages(ZoneId zone) {
            return "Outages counted (" + zone + ")";
        }

        @Override
        public String period(String[] period) {
            return period[0] + " to " + period[1];
        }

        @Override
        public String excludedHeading() {
            return "Excluded under the exclusion clauses (not claimed)";
        }

        @Override
        public String clause(ExclusionClause clause) {
            return ": clause " + clause.clause() + " " + clause.code() + " (" + clause.source() + ")";
        }

        @Override
        public String missedHeading() {
            return "Commitments missed";
        }

        @Override
        public String metricLine(MetricResult m, Metric metric) {
            String down = m.unavailableMinutes().map(u -> Texts.plain(u) + " minutes unavailable, ").orElse("");
            return m.name() + " (" + m.metric() + "): " + down + "availability " + availability(m) + " against the commitment "
                    + m.commitment() + "% (" + metric.commitmentSource() + ")";
        }

        @Override
        public String tierLine(CreditTier tier, MetricResult m, Metric metric) {
            // The tier's figure as the table states it (as show prints it); a credit paid in units says how many.
            String earns = Texts.plain(tier.credit()) + "% of the " + ("fee".equals(metric.basis()) ? "monthly fee" : "\"" + metric.basis() + "\" fee");
            String paid = m.usageCredit().map(u -> ", paid as " + u.plainAmount() + " " + u.unit().description()).orElse("");
            return "tier " + tier.band() + " (" + tier.band().describe() + ") earns " + earns + paid
                    + metric.creditSource().map(s -> " (" + s + ")").orElse("");
        }

        @Override
        public String combination(io.slakit.api.CombinationRule rule) {
            return rule == io.slakit.api.CombinationRule.HIGHEST ? "Several commitments missed: the contract pays the highest credit, not their sum."
                    : "Several commitments missed: the contract pays each credit.";
        }

        @Override
        public String creditAsked() {
            return "Credit asked";
        }

        @Override
        public String credit(ResourceReport r, CreditForm form) {
            List<String> parts = new ArrayList<>();
            if (r.credit().amount().signum() > 0) {
                parts.add(r.credit().rounded().amount().toPlainString() + " " + r.credit().currency() + switch (form) {
                    case VOUCHER -> " in vouchers (voucher)";
                    case CASH -> " in cash (cash)";
                    default -> " (" + form.code() + ")";
                });
            }
            r.usageCredits().stream().filter(u -> u.amount().signum() > 0).forEach(u -> parts.add(u.plainAmount() + " " + u.unit().description()));
            parts.addAll(r.otherForms());
            return String.join("; ", parts);
        }

        @Override
        public String windowHeading() {
            return "File between";
        }

        @Override
        public String window(ClaimWindow w, SlaDefinition d, LocalDate today) {
            String state = switch (w.stateOn(today)) {
                case NOT_YET_OPEN -> "not yet open";
                case OPEN -> "open";
                case CLOSED -> "closed";
            };
            return w.opensOn() + " and " + w.closesOn() + " (" + d.claimPolicy().orElseThrow().describe()
                    + d.claimPolicy().orElseThrow().source().map(s -> ", " + s).orElse("") + "; business days: " + w.calendar() + "); "
                    + "as of " + today + ": " + state;
        }

        @Override
        public String noWindow() {
            return "the text states no claim window";
        }

        @Override
        public String perResource() {
            return " (this resource's own window: claim windows are per resource)";
        }

        @Override
        public String noResourceWindow() {
            return "no window this month: claim windows are per resource, and this resource's service year does not end in it";
        }

        @Override
        public String nothingOwed(SlaDefinition d, ReportWriter.Header h, int resources) {
            return d.product() + " " + h.month() + ": no credit is owed for the " + resources + " resource(s); there is nothing to claim.";
        }
    };

    private static final Words ZH = new Words() {
        @Override
        public String colon() {
            return "：";
        }

        @Override
        public String placeholder(String field) {
            return "<您的 " + field + ">";
        }

        @Override
        public String title(int index, int count, String id) {
            return "赔偿申请草稿 " + index + "/" + count + "：" + id;
        }

        @Override
        public String product() {
            return "产品";
        }

        @Override
        public String productLine(SlaDefinition d, Edition e) {
            return d.nameZh() + "（" + d.product() + "，站点 " + d.site() + "），版本 " + e.id()
                    + (e.name().equals(e.id()) ? "" : "（" + e.name() + "）");
        }

        @Override
        public String sla() {
            return "协议";
        }

        @Override
        public String slaLine(SlaDefinition d) {
            return "《" + d.provenance().title() + "》，" + d.provenance().effective() + " 生效（" + d.provenance().seedFile() + " 第 "
                    + d.provenance().titleLine().line() + " 行）";
        }

        @Override
        public String serviceMonth() {
            return "服务月度";
        }

        @Override
        public String monthLine(ResourceReport r, ZoneId zone) {
            return r.serviceMonth().firstDay() + " 至 " + r.serviceMonth().lastDay() + "（" + r.serviceMonth().totalMinutes() + " 分钟，"
                    + zone + "）";
        }

        @Override
        public String resource() {
            return "资源 ID";
        }

        @Override
        public String resourceLine(ResourceMonth r) {
            String where = where(r, "地域 ", "可用区 ", "，");
            return r.id() + (where.isEmpty() ? "" : "（" + where.substring(2, where.length() - 1) + "）");
        }

        @Override
        public String outages(ZoneId zone) {
            return "服务不可用时间（" + zone + "）";
        }

        @Override
        public String period(String[] period) {
            return period[0] + " 至 " + period[1];
        }

        @Override
        public String excludedHeading() {
            return "属于免责条款情形的时间（不申请赔偿）";
        }

        @Override
        public String clause(ExclusionClause clause) {
            return "：免责条款 " + clause.clause() + "（" + clause.code() + "，" + clause.source() + "）";
        }

        @Override
        public String missedHeading() {
            return "未达到的服务可用性标准";
        }

        @Override
        public String metricLine(MetricResult m, Metric metric) {
            String down = m.unavailableMinutes().map(u -> "服务不可用分钟数 " + Texts.plain(u) + "，").orElse("");
            return m.name() + "（" + m.metric() + "）：" + down + m.name() + " " + availability(m) + "，低于承诺的 " + m.commitment()
                    + "%（" + metric.commitmentSource() + "）";
        }

        @Override
        public String tierLine(CreditTier tier, MetricResult m, Metric metric) {
            String earns = ("fee".equals(metric.basis()) ? "月度服务费" : "“" + metric.basis() + "”费用") + "的" + Texts.plain(tier.credit()) + "%";
            String paid = m.usageCredit().map(u -> "，以 " + unit(u) + "发放").orElse("");
            return "赔偿标准：" + band(tier.band()) + "，赔偿" + earns + paid + metric.creditSource().map(s -> "（" + s + "）").orElse("");
        }

        /** The band in the text's own words: 低于99.975%但等于或高于99%. */
        private String band(Band b) {
            String high = (b.upperInclusive() ? "等于或低于" : "低于") + b.upper() + "%";
            if (b.lower().value().signum() == 0 && b.lowerInclusive()) {
                return high;
            }
            return high + "但" + (b.lowerInclusive() ? "等于或高于" : "高于") + b.lower() + "%";
        }

        @Override
        public String combination(io.slakit.api.CombinationRule rule) {
            return rule == io.slakit.api.CombinationRule.HIGHEST ? "同时满足多项赔偿标准：以其中赔偿额较高者为准计算赔偿金额。"
                    : "同时满足多项赔偿标准：各项赔偿分别计算。";
        }

        @Override
        public String creditAsked() {
            return "申请赔偿";
        }

        @Override
        public String credit(ResourceReport r, CreditForm form) {
            List<String> parts = new ArrayList<>();
            if (r.credit().amount().signum() > 0) {
                parts.add(r.credit().rounded().amount().toPlainString() + " " + r.credit().currency() + switch (form) {
                    case VOUCHER -> " 代金券";
                    case CASH -> " 现金";
                    default -> "（" + form.code() + "）";
                });
            }
            r.usageCredits().stream().filter(u -> u.amount().signum() > 0).forEach(u -> parts.add(unit(u)));
            parts.addAll(r.otherForms());
            return String.join("；", parts);
        }

        private String unit(UsageCredit u) {
            String words = UNITS_ZH.get(u.unit().code());
            return u.plainAmount() + " " + (words == null ? u.unit().description() : words);
        }

        @Override
        public String windowHeading() {
            return "申请期限";
        }

        @Override
        public String window(ClaimWindow w, SlaDefinition d, LocalDate today) {
            String state = switch (w.stateOn(today)) {
                case NOT_YET_OPEN -> "尚不能申请";
                case OPEN -> "可以申请";
                case CLOSED -> "已超过申请期限";
            };
            return w.opensOn() + " 至 " + w.closesOn() + "（" + d.claimPolicy().orElseThrow().source().map(s -> s + "，").orElse("")
                    + "工作日：" + w.calendar() + "），通过工单系统提出赔偿申请；截至 " + today + "：" + state;
        }

        @Override
        public String noWindow() {
            return "协议未规定申请期限";
        }

        @Override
        public String perResource() {
            return "（本资源的申请期限：按各资源的服务年度分别计算）";
        }

        @Override
        public String noResourceWindow() {
            return "本月无申请期限：申请期限按各资源的服务年度分别计算，本资源的服务年度不在本月结束";
        }

        @Override
        public String nothingOwed(SlaDefinition d, ReportWriter.Header h, int resources) {
            return d.product() + " " + h.month() + "：" + resources + " 个资源均无赔偿，无需提出赔偿申请。";
        }
    };

    /** Units of credit that are not money, as the texts count them. */
    private static final Map<String, String> UNITS_ZH = Map.of(
            "messages", "条短信", "voice-minutes", "分钟语音消息", "emails", "封邮件", "calls", "次免费调用",
            "captcha-requests", "次免费验证请求", "vum", "VUM", "service-days", "天服务时长", "service-months", "个月服务时长",
            "page-views", "次浏览（PV）");
}
