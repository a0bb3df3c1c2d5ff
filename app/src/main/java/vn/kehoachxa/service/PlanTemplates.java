package vn.kehoachxa.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.PartyRules;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.exchange.planfile.PlanFiles;

/**
 * Mẫu kế hoạch: built-in templates that build a new draft plan for the commune in the profile.
 *
 * <p>A template is a plan file on the classpath ({@code /templates/*.kehoach.json}) holding {@code {{name}}}
 * placeholders. They are replaced in the file text before it is read, each value escaped for JSON. A placeholder that
 * stands for a whole number is written quoted ({@code "startYear": "{{startYear}}"}) so the template itself stays
 * valid JSON; the quotes go with it. Placeholders: {@code communeName} ("xã Mường La"), {@code COMMUNE_NAME}
 * ("XÃ MƯỜNG LA"), {@code kindWord} ("xã"), {@code placeName}, {@code province} ("Sơn La", "…" when blank),
 * {@code provinceTitle} ("tỉnh Sơn La", "thành phố Hải Phòng"), {@code peopleCommitteeName}, {@code economicOffice},
 * {@code villageHeads}, {@code villages}, {@code startYear}, {@code endYear}. These are filled once, when the plan is
 * made. The period, the issuer in running text, the type name and the cited documents are instead left in the text
 * as {@link vn.kehoachxa.domain.plan.PlanFields fields} ({@code {giai đoạn}}, {@code {căn cứ 3}}…), filled when the
 * plan is printed, so editing them later changes every place they appear.
 */
public final class PlanTemplates {
    /** Where the Resolution 72 template lies on the classpath. */
    public static final String RESOLUTION_72_RESOURCE = "/templates/nq72.kehoach.json";
    /** The first year a Resolution 72 plan can start: the resolution's own targets begin in 2026. */
    public static final int FIRST_START_YEAR = 2026;
    /** How many years a plan built from a template spans, the start year included. */
    public static final int PLAN_YEARS = 5;

    /** Blank profile fields print as a fill-in mark, as in the originals ("Kế hoạch số …/KH-UBND"). */
    private static final String BLANK = "…";
    /** The centrally-run cities after the 2025 merger; everything else is a "tỉnh". */
    private static final Set<String> CITIES = Set.of("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ",
            "huế");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z_]+)}}");

    private PlanTemplates() {
    }

    /** The year Resolution 72's targets are set for: a plan made for it runs to this year by default. */
    public static final int HORIZON_END_YEAR = 2030;

    /**
     * "Kế hoạch thực hiện Nghị quyết 72-NQ/TW" for the commune in {@code profile}, for
     * {@link #defaultPeriod(LocalDate) the default period} today.
     */
    public static PlanDocument resolution72(CommuneProfile profile) {
        int[] period = defaultPeriod(LocalDate.now());
        return resolution72(profile, period[0], period[1]);
    }

    /**
     * The period a new Resolution 72 plan gets: the resolution's horizon, {@link #FIRST_START_YEAR}–
     * {@link #HORIZON_END_YEAR}, while it lasts (a plan drafted late in 2026 still covers 2026–2030, as the
     * resolution's own targets do); after it, {@link #PLAN_YEARS} years from {@link #defaultStartYear}.
     */
    public static int[] defaultPeriod(LocalDate today) {
        int start = defaultStartYear(today);
        if (start <= HORIZON_END_YEAR) {
            return new int[] {FIRST_START_YEAR, HORIZON_END_YEAR};
        }
        return new int[] {start, start + PLAN_YEARS - 1};
    }

    /**
     * "Kế hoạch thực hiện Nghị quyết 72-NQ/TW" for the commune in {@code profile}: a DRAFT plan of the
     * administrative family for {@code startYear}..{@code startYear + 4}, vision 2045, with the standard outline,
     * the national 2030 indicators, both assignment matrices and the standard reporting rule. The signer is the
     * profile's default signer for administrative documents, blank when there is none. A new plan is laid out under
     * {@link PartyRules#FOR_NEW_PLANS the 2026 Party rules} should it become a Party plan.
     */
    public static PlanDocument resolution72(CommuneProfile profile, int startYear) {
        return resolution72(profile, startYear, startYear + PLAN_YEARS - 1);
    }

    /** The template for the period {@code startYear}–{@code endYear}. */
    public static PlanDocument resolution72(CommuneProfile profile, int startYear, int endYear) {
        if (startYear < 2000 || startYear > 2999 || endYear < startYear || endYear > 2999) {
            throw new IllegalArgumentException("period out of range: " + startYear + "-" + endYear);
        }
        Map<String, String> values = values(profile, startYear);
        values.put("endYear", String.valueOf(endYear));
        String text = substitute(resource(RESOLUTION_72_RESOURCE), values);
        PlanDocument doc = PlanFiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "nq72" + PlanFiles.EXTENSION);
        Signer signer = profile.signers().stream().filter(s -> s.family() == DocumentFamily.ADMINISTRATIVE)
                .map(CommuneProfile.DefaultSigner::signer).findFirst().orElse(Signer.empty());
        return withSigner(doc, signer);
    }

    /**
     * The start year a new plan gets by default: from 1 October on, offices draft next year's plan, so the next
     * year; before that, this year; never before {@link #FIRST_START_YEAR}.
     */
    public static int defaultStartYear(LocalDate today) {
        int year = today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear();
        return Math.max(FIRST_START_YEAR, year);
    }

    /** The placeholder values for {@code profile}, every one NFC. */
    static Map<String, String> values(CommuneProfile profile, int startYear) {
        CommuneKind kind = profile.kind();
        String communeName = nfc(profile.displayName());
        String province = blankTo(profile.province(), BLANK);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("communeName", communeName);
        v.put("COMMUNE_NAME", nfc(communeName.toUpperCase(Locale.ROOT)));
        v.put("kindWord", kind.word());
        v.put("placeName", blankTo(profile.placeName(), nfc(profile.officialName())));
        v.put("province", province);
        v.put("provinceTitle", provinceTitle(province));
        v.put("peopleCommitteeName", blankTo(profile.peopleCommitteeName(), "Ủy ban nhân dân " + communeName));
        v.put("economicOffice", kind == CommuneKind.PHUONG ? "Phòng Kinh tế, Hạ tầng và Đô thị" : "Phòng Kinh tế");
        v.put("villageHeads", kind == CommuneKind.PHUONG ? "Tổ trưởng tổ dân phố" : "Trưởng thôn, bản, tổ dân phố");
        v.put("villages", kind == CommuneKind.PHUONG ? "tổ dân phố" : "thôn, bản, tổ dân phố");
        v.put("startYear", String.valueOf(startYear));
        v.put("endYear", String.valueOf(startYear + PLAN_YEARS - 1));
        return v;
    }

    /** "tỉnh Sơn La", "thành phố Hải Phòng"; a name that already says which is kept as written. */
    static String provinceTitle(String province) {
        String lower = province.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tỉnh ") || lower.startsWith("thành phố ")) {
            return province;
        }
        return (CITIES.contains(lower) ? "thành phố " : "tỉnh ") + province;
    }

    /**
     * Replaces every placeholder of {@code template}: a quoted whole-number placeholder by the bare number, any other
     * by its JSON-escaped value. An unknown placeholder is a programming error.
     */
    static String substitute(String template, Map<String, String> values) {
        String text = template;
        for (String numeric : new String[] {"startYear", "endYear"}) {
            text = text.replace("\"{{" + numeric + "}}\"", values.get(numeric));
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 1024);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("unknown template placeholder " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(jsonEscape(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static PlanDocument withSigner(PlanDocument doc, Signer signer) {
        Plan p = doc.plan();
        Plan plan = new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(), p.place(),
                p.summary(), p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(),
                signer, p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(), p.reportingRule())
                .withExtrasOf(p).withPartyRules(PartyRules.FOR_NEW_PLANS);
        return new PlanDocument(plan, doc.basisDocuments(), doc.sections(), doc.recipients(), doc.units(),
                doc.indicatorGroups(), doc.targetGroups(), doc.taskGroups(), doc.appendices());
    }

    private static String resource(String name) {
        try (InputStream in = PlanTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("template missing from the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read template " + name, e);
        }
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : nfc(value);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }
}
