package io.slakit.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The unit of a credit that is not money: SMS messages, voice minutes, emails, free API calls,
 * captcha requests, load-test VUM, extra service days or months. A credit in one unit is never added to money
 * or to a credit in another unit.
 *
 * @param code        stable id, used as a report column ({@code messages})
 * @param description the unit in words, plural ({@code SMS messages})
 */
public record CreditUnit(String code, String description) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");

    public static final CreditUnit MESSAGES = new CreditUnit("messages", "SMS messages");
    public static final CreditUnit VOICE_MINUTES = new CreditUnit("voice-minutes", "voice message minutes");
    public static final CreditUnit EMAILS = new CreditUnit("emails", "emails");
    public static final CreditUnit API_CALLS = new CreditUnit("calls", "free API calls");
    public static final CreditUnit CAPTCHA_REQUESTS = new CreditUnit("captcha-requests", "free captcha requests");
    public static final CreditUnit VUM = new CreditUnit("vum", "load-test VUM (virtual user minutes)");
    public static final CreditUnit SERVICE_DAYS = new CreditUnit("service-days", "extra service days");
    /** Extra months of service, kept as months (a month is not a fixed number of days): Tencent Youma's 1, 2 or 3 months. */
    public static final CreditUnit SERVICE_MONTHS = new CreditUnit("service-months", "extra service months");
    /** Page views (PV) of Qidian Marketing, the unit its credit is paid in (seed 002 line 53061). */
    public static final CreditUnit PAGE_VIEWS = new CreditUnit("page-views", "page views (PV)");

    public CreditUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("credit unit \"" + code + "\" is not an id (lowercase letters, digits, '-')");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
