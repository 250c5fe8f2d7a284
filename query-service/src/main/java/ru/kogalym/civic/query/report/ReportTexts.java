package ru.kogalym.civic.query.report;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The report's sentences as ICU message patterns: numerals agree with their nouns through the CLDR plural rules of
 * the language ({@code one}/{@code few}/{@code many}/{@code other} in Russian), never through hand-written rules.
 */
final class ReportTexts {

    private static final Map<ReportLanguage, Map<String, String>> PATTERNS = new EnumMap<>(ReportLanguage.class);

    static {
        Map<String, String> ru = new HashMap<>();
        ru.put("city", "КОГАЛЫМ");
        ru.put("title", "Что наиболее значительное удалось сделать в области взаимодействия с общественностью в {year} году");
        ru.put("ncos.registered", "На 31 декабря {year} года на территории муниципального образования город Когалым "
                + "{n, plural, =0 {нет зарегистрированных некоммерческих организаций (НКО), сведения о которых внесены}"
                + " one {действует # зарегистрированная некоммерческая организация (НКО), сведения о которой внесены}"
                + " few {действуют # зарегистрированные некоммерческие организации (НКО), сведения о которых внесены}"
                + " many {действуют # зарегистрированных некоммерческих организаций (НКО), сведения о которых внесены}"
                + " other {действуют # зарегистрированной некоммерческой организации (НКО), сведения о которых внесены}}"
                + " в ведомственный реестр некоммерческих организаций Управления Министерства юстиции Российской "
                + "Федерации по Ханты-Мансийскому автономному округу – Югре{n, plural, =0 {.} other {:}}");
        ru.put("ncos.notRegistered", "{n, plural, =0 {Незарегистрированных НКО нет.}"
                + " one {# некоммерческая организация не зарегистрирована в ведомственном реестре:}"
                + " few {# некоммерческие организации не зарегистрированы в ведомственном реестре:}"
                + " many {# некоммерческих организаций не зарегистрированы в ведомственном реестре:}"
                + " other {# некоммерческой организации не зарегистрированы в ведомственном реестре:}}");
        ru.put("ncos.translation", "{name} (в переводе на русский язык означает «{translation}»)");
        ru.put("meetings.working", "Должностными лицами Администрации города Когалыма в {year} году совместно с НКО "
                + "{n, plural, =0 {рабочие совещания не проводились}"
                + " one {проведено # рабочее совещание} few {проведено # рабочих совещания}"
                + " many {проведено # рабочих совещаний} other {проведено # рабочего совещания}}.");
        ru.put("meetings.all", "Всего в {year} году {n, plural, one {состоялась # встреча} few {состоялись # встречи}"
                + " many {состоялось # встреч} other {состоялось # встречи}}: {kinds}.");
        ru.put("commission.sessions", "{n, plural, =0 {В {year} году НКО не участвовали в заседаниях комиссии по "
                + "противодействию экстремистской деятельности.}"
                + " one {НКО приняли участие в # заседании комиссии по противодействию экстремистской деятельности "
                + "в городе Когалыме, где они являются членами комиссии.}"
                + " few {НКО приняли участие в # заседаниях комиссии по противодействию экстремистской деятельности "
                + "в городе Когалыме, где они являются членами комиссии.}"
                + " many {НКО приняли участие в # заседаниях комиссии по противодействию экстремистской деятельности "
                + "в городе Когалыме, где они являются членами комиссии.}"
                + " other {НКО приняли участие в # заседания комиссии по противодействию экстремистской деятельности "
                + "в городе Когалыме, где они являются членами комиссии.}}");
        ru.put("raids", "Лидерами национально-культурных организаций совместно с должностными лицами ОМС "
                + "{n, plural, one {проведено # рейдовое мероприятие} few {проведено # рейдовых мероприятия}"
                + " many {проведено # рейдовых мероприятий} other {проведено # рейдового мероприятия}}"
                + "{l, plural, =0 {} one {, роздана # памятка} few {, розданы # памятки} many {, роздано # памяток}"
                + " other {, роздано # памятки}}"
                + "{r, plural, =0 {} one {, разъяснения получил # житель} few {, разъяснения получили # жителя}"
                + " many {, разъяснения получили # жителей} other {, разъяснения получили # жителя}}.");
        ru.put("raids.none", "В {year} году рейдовые мероприятия не проводились.");
        ru.put("events", "Национально-культурные общества города Когалыма приняли участие "
                + "в {n, plural, one {# общегородском мероприятии} few {# общегородских мероприятиях}"
                + " many {# общегородских мероприятиях} other {# общегородского мероприятия}}: {kinds}.");
        ru.put("events.none", "Участие НКО в общегородских мероприятиях в {year} году не зарегистрировано.");
        ru.put("support", "НКО {n, plural, one {оказана поддержка в # случае} few {оказана поддержка в # случаях}"
                + " many {оказана поддержка в # случаях} other {оказана поддержка в # случая}}: {kinds}.");
        ru.put("support.financial", "Объём финансовой поддержки составил {amount} руб.");
        ru.put("support.none", "Поддержка НКО в {year} году не зарегистрирована.");
        ru.put("grants", "{a, plural, =0 {Заявки на гранты не подавались}"
                + " one {Подана # заявка на участие в конкурсах на предоставление грантов}"
                + " few {Поданы # заявки на участие в конкурсах на предоставление грантов}"
                + " many {Подано # заявок на участие в конкурсах на предоставление грантов}"
                + " other {Подано # заявки на участие в конкурсах на предоставление грантов}}; "
                + "{w, plural, =0 {грантов не получено} one {поддержан # проект} few {поддержано # проекта}"
                + " many {поддержано # проектов} other {поддержано # проекта}}"
                + "{w, plural, =0 {} other { на сумму {amount} руб.}}"
                + "{r, plural, =0 {} one {, отклонена # заявка} few {, отклонены # заявки} many {, отклонено # заявок}"
                + " other {, отклонено # заявки}}.");
        ru.put("grants.levels", "По уровням конкурсов (заявки / гранты): {levels}.");
        ru.put("tasks.title", "Какие задачи стоят в {next} году");
        ru.put("tasks.none", "Задачи на {next} год не заданы.");
        ru.put("figures.title", "{year} год в цифрах");
        ru.put("figures.organizations", "{n, plural, one {# организация} few {# организации} many {# организаций}"
                + " other {# организации}} в муниципальном реестре, из них в ведомственном реестре — {s}");
        ru.put("figures.sonco", "{n, plural, one {# социально ориентированная НКО} few {# социально ориентированные НКО}"
                + " many {# социально ориентированных НКО} other {# социально ориентированной НКО}}");
        ru.put("figures.newNcos", "{n, plural, one {# организация внесена} few {# организации внесены}"
                + " many {# организаций внесено} other {# организации внесено}} в муниципальный реестр за год");
        ru.put("figures.meetings", "{n, plural, one {# рабочее совещание} few {# рабочих совещания}"
                + " many {# рабочих совещаний} other {# рабочего совещания}}");
        ru.put("figures.sessions", "{n, plural, one {# заседание} few {# заседания} many {# заседаний}"
                + " other {# заседания}} комиссии с участием НКО");
        ru.put("figures.raids", "{n, plural, one {# рейдовое мероприятие} few {# рейдовых мероприятия}"
                + " many {# рейдовых мероприятий} other {# рейдового мероприятия}}");
        ru.put("figures.raids.leaflets", "{l, plural, one {# памятка} few {# памятки} many {# памяток} other {# памятки}}");
        ru.put("illustrative", "Значения, которых нет в исходных данных и которые в записях приведены лишь для примера,"
                + " в отчёт не включены: {figures}.");
        ru.put("illustrative.ncos.registeredDuringYear", "число организаций, внесённых в муниципальный реестр за год");
        ru.put("illustrative.raids.leafletsDistributed", "число розданных памяток");
        ru.put("illustrative.raids.residentsReached", "число жителей, получивших разъяснения");
        ru.put("figures.events", "{n, plural, one {# общегородское мероприятие} few {# общегородских мероприятия}"
                + " many {# общегородских мероприятий} other {# общегородского мероприятия}} с участием НКО");
        ru.put("figures.grants", "{n, plural, one {# грант} few {# гранта} many {# грантов} other {# гранта}}"
                + " на сумму {amount} руб.");
        ru.put("meeting.WORKING_MEETING", "рабочие совещания");
        ru.put("meeting.COMMISSION_SESSION", "заседания комиссий");
        ru.put("meeting.COUNCIL_SESSION", "заседания общественных советов");
        ru.put("meeting.CONSULTATION", "консультации");
        ru.put("meeting.SEMINAR", "семинары");
        ru.put("meeting.OTHER", "иные встречи");
        ru.put("event.CLEAN_UP_DAY", "субботники");
        ru.put("event.SPORTS_DAY", "спартакиады");
        ru.put("event.CONTEST", "конкурсы");
        ru.put("event.FESTIVAL", "фестивали");
        ru.put("event.OTHER", "другие мероприятия");
        ru.put("event.SEMINAR", "семинары");
        ru.put("supportKind.CONSULTATIVE", "консультативная");
        ru.put("supportKind.INFORMATIONAL", "информационная");
        ru.put("supportKind.PROPERTY", "имущественная");
        ru.put("supportKind.FINANCIAL", "финансовая");
        ru.put("level.MUNICIPAL", "муниципальный");
        ru.put("level.OKRUG", "окружной");
        ru.put("level.FEDERAL", "федеральный");
        PATTERNS.put(ReportLanguage.RU, ru);

        Map<String, String> en = new HashMap<>();
        en.put("city", "KOGALYM");
        en.put("title", "What was most significant in the work with civil society in {year}");
        en.put("ncos.registered", "As of 31 December {year}, {n, plural, =0 {no non-profit organisations (NCOs) of "
                + "the city of Kogalym are}"
                + " one {# non-profit organisation (NCO) of the city of Kogalym is}"
                + " other {# non-profit organisations (NCOs) of the city of Kogalym are}}"
                + " listed in the register of non-profit organisations of the Office of the Ministry of Justice of "
                + "the Russian Federation for Khanty-Mansi Autonomous Okrug – Yugra{n, plural, =0 {.} other {:}}");
        en.put("ncos.notRegistered", "{n, plural, =0 {There are no unregistered NCOs.}"
                + " one {# NCO is not registered there:} other {# NCOs are not registered there:}}");
        en.put("ncos.translation", "{name} (meaning “{translation}”)");
        en.put("meetings.working", "In {year}, officials of the City Administration together with NCOs "
                + "{n, plural, =0 {held no working meetings} one {held # working meeting}"
                + " other {held # working meetings}}.");
        en.put("meetings.all", "In all, {n, plural, one {# meeting} other {# meetings}} took place in {year}: {kinds}.");
        en.put("commission.sessions", "{n, plural, =0 {In {year}, NCOs took part in no sessions of the commission on "
                + "countering extremist activity.}"
                + " one {NCOs took part in # session of the commission on countering extremist activity in Kogalym, "
                + "of which they are members.}"
                + " other {NCOs took part in # sessions of the commission on countering extremist activity in "
                + "Kogalym, of which they are members.}}");
        en.put("raids", "Leaders of national-cultural organisations together with municipal officials "
                + "{n, plural, one {held # awareness raid} other {held # awareness raids}}"
                + "{l, plural, =0 {} one {; # leaflet was handed out} other {; # leaflets were handed out}}"
                + "{r, plural, =0 {} one {, # resident was reached} other {, # residents were reached}}.");
        en.put("raids.none", "No awareness raids were held in {year}.");
        en.put("events", "The national-cultural societies of Kogalym took part in "
                + "{n, plural, one {# city event} other {# city events}}: {kinds}.");
        en.put("events.none", "No NCO participation in city events was recorded in {year}.");
        en.put("support", "NCOs received support {n, plural, one {# time} other {# times}}: {kinds}.");
        en.put("support.financial", "Financial support totalled {amount} RUB.");
        en.put("support.none", "No support to NCOs was recorded in {year}.");
        en.put("grants", "{a, plural, =0 {No grant applications were filed}"
                + " one {# grant application was filed} other {# grant applications were filed}}; "
                + "{w, plural, =0 {no grants were awarded} one {# grant was awarded} other {# grants were awarded}}"
                + "{w, plural, =0 {} other {, totalling {amount} RUB}}"
                + "{r, plural, =0 {} one {, # application was rejected} other {, # applications were rejected}}.");
        en.put("grants.levels", "By contest level (applications / grants): {levels}.");
        en.put("tasks.title", "Tasks for {next}");
        en.put("tasks.none", "No tasks have been set for {next}.");
        en.put("figures.title", "{year} in figures");
        en.put("figures.organizations", "{n, plural, one {# organisation} other {# organisations}} in the municipal "
                + "registry, {s} of them in the state register");
        en.put("figures.sonco", "{n, plural, one {# socially oriented NCO} other {# socially oriented NCOs}}");
        en.put("figures.newNcos", "{n, plural, one {# organisation} other {# organisations}} entered the municipal "
                + "registry during the year");
        en.put("figures.meetings", "{n, plural, one {# working meeting} other {# working meetings}}");
        en.put("figures.sessions", "{n, plural, one {# commission session} other {# commission sessions}} with NCOs");
        en.put("figures.raids", "{n, plural, one {# awareness raid} other {# awareness raids}}");
        en.put("figures.raids.leaflets", "{l, plural, one {# leaflet} other {# leaflets}}");
        en.put("illustrative", "Values the source does not give, which the records hold only as illustrations, are"
                + " left out of this report: {figures}.");
        en.put("illustrative.ncos.registeredDuringYear",
                "the number of organisations that entered the municipal registry during the year");
        en.put("illustrative.raids.leafletsDistributed", "the number of leaflets handed out");
        en.put("illustrative.raids.residentsReached", "the number of residents reached");
        en.put("figures.events", "{n, plural, one {# city event} other {# city events}} with NCOs");
        en.put("figures.grants", "{n, plural, one {# grant} other {# grants}} totalling {amount} RUB");
        en.put("meeting.WORKING_MEETING", "working meetings");
        en.put("meeting.COMMISSION_SESSION", "commission sessions");
        en.put("meeting.COUNCIL_SESSION", "public council sessions");
        en.put("meeting.CONSULTATION", "consultations");
        en.put("meeting.SEMINAR", "seminars");
        en.put("meeting.OTHER", "other meetings");
        en.put("event.CLEAN_UP_DAY", "clean-up days");
        en.put("event.SPORTS_DAY", "sports days");
        en.put("event.CONTEST", "contests");
        en.put("event.FESTIVAL", "festivals");
        en.put("event.OTHER", "other events");
        en.put("event.SEMINAR", "seminars");
        en.put("supportKind.CONSULTATIVE", "consultative");
        en.put("supportKind.INFORMATIONAL", "informational");
        en.put("supportKind.PROPERTY", "property");
        en.put("supportKind.FINANCIAL", "financial");
        en.put("level.MUNICIPAL", "municipal");
        en.put("level.OKRUG", "okrug");
        en.put("level.FEDERAL", "federal");
        PATTERNS.put(ReportLanguage.EN, en);
    }

    private final ReportLanguage language;

    public ReportTexts(ReportLanguage language) {
        this.language = language;
    }

    public ReportLanguage language() {
        return language;
    }

    /** The sentence {@code key} with its named arguments; numbers are formatted for the language. */
    public String format(String key, Object... namesAndValues) {
        String pattern = PATTERNS.get(language).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text " + key + " in " + language);
        }
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** A kind's label: {@code group} is meeting, event, supportKind or level. */
    public String label(String group, String kind) {
        return format(group + "." + kind);
    }

    /** An amount of roubles with kopecks, grouped as the language writes numbers. */
    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getInstance(language.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A count for a "label — n" list. */
    public String count(long value) {
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }
}
