import type { Language } from '../i18n/languages.js';

/**
 * Reason templates in the six UN languages. `{name}` placeholders are filled by
 * reason-text.ts: lists of countries, SDGs, themes, sectors or languages become localized
 * names joined the way each language joins lists; numbers stay in Western digits.
 * Sentences avoid grammatical agreement with the placeholders (a colon before a list,
 * counts after a label) so no language needs plural or case rules here.
 * The French, Spanish, Arabic, Russian and Chinese wording is ours: have it reviewed.
 */
export type ReasonTemplates = Record<Language, string>;

const t = (en: string, fr: string, es: string, ar: string, ru: string, zh: string): ReasonTemplates => ({ ar, en, es, fr, ru, zh });

export const REASON_MESSAGES = {
  // Sector
  'sector.match': t(
    'Works in the {sector}.',
    'Active dans le {sector}.',
    'Trabaja en el {sector}.',
    'تعمل في {sector}.',
    'Работает в секторе: {sector}.',
    '工作领域包括{sector}。',
  ),
  'sector.related': t(
    'Its fields ({themes}) belong to the {sector}.',
    'Ses domaines ({themes}) relèvent du {sector}.',
    'Sus ámbitos ({themes}) corresponden al {sector}.',
    'مجالات عملها ({themes}) تندرج ضمن {sector}.',
    'Её направления ({themes}) относятся к сектору: {sector}.',
    '其领域（{themes}）属于{sector}。',
  ),
  'sector.other': t(
    'Works in other sectors ({sectors}), not the {sector}.',
    "Active dans d'autres secteurs ({sectors}), pas dans le {sector}.",
    'Trabaja en otros sectores ({sectors}), no en el {sector}.',
    'تعمل في قطاعات أخرى ({sectors})، وليس في {sector}.',
    'Работает в других секторах ({sectors}), а не в этом: {sector}.',
    '工作领域为其他部门（{sectors}），而非{sector}。',
  ),
  'sector.no-data': t(
    'No sector recorded.',
    'Aucun secteur enregistré.',
    'No hay ningún sector registrado.',
    'لم يُسجَّل أي قطاع.',
    'Сектор не указан.',
    '未登记任何部门。',
  ),
  // Themes
  'themes.match': t(
    "Shares {count} of the programme's {total} themes: {themes}.",
    'Partage {count} des {total} thèmes du programme\u00a0: {themes}.',
    'Comparte {count} de los {total} temas del programa: {themes}.',
    'تشترك في {count} من أصل {total} من مواضيع البرنامج: {themes}.',
    'Совпадает тем программы: {count} из {total} ({themes}).',
    '与本计划{total}个主题中的{count}个相同：{themes}。',
  ),
  'themes.related': t(
    "Close to the programme's themes: {themes}.",
    'Proche des thèmes du programme\u00a0: {themes}.',
    'Cercana a los temas del programa: {themes}.',
    'قريبة من مواضيع البرنامج: {themes}.',
    'Близка к темам программы: {themes}.',
    '与本计划的以下主题相近：{themes}。',
  ),
  'themes.none': t(
    "None of the programme's themes ({themes}) among its fields.",
    'Aucun des thèmes du programme ({themes}) parmi ses domaines.',
    'Ninguno de los temas del programa ({themes}) figura entre sus ámbitos.',
    'لا يندرج أي من مواضيع البرنامج ({themes}) ضمن مجالات عملها.',
    'Ни одна из тем программы ({themes}) не входит в её направления.',
    '其领域不包括本计划的任何主题（{themes}）。',
  ),
  'themes.no-data': t(
    'No fields of interest recorded.',
    "Aucun domaine d'intérêt enregistré.",
    'No hay ámbitos de interés registrados.',
    'لم تُسجَّل أي مجالات اهتمام.',
    'Направления деятельности не указаны.',
    '未登记关注领域。',
  ),
  'themes.not-applicable': t(
    'The programme lists no themes.',
    "Le programme n'indique aucun thème.",
    'El programa no indica temas.',
    'لا يحدد البرنامج أي مواضيع.',
    'В программе не указаны темы.',
    '本计划未列出主题。',
  ),
  // SDGs
  'sdgs.match': t(
    "Works on {count} of the programme's {total} SDGs: {sdgs}.",
    'Contribue à {count} des {total} ODD du programme\u00a0: {sdgs}.',
    'Trabaja en {count} de los {total} ODS del programa: {sdgs}.',
    'تعمل على {count} من أصل {total} من أهداف التنمية المستدامة للبرنامج: {sdgs}.',
    'Работает над ЦУР программы: {count} из {total} ({sdgs}).',
    '致力于本计划{total}项可持续发展目标中的{count}项：{sdgs}。',
  ),
  'sdgs.none': t(
    "Works on none of the programme's SDGs ({sdgs}).",
    'Ne contribue à aucun des ODD du programme ({sdgs}).',
    'No trabaja en ninguno de los ODS del programa ({sdgs}).',
    'لا تعمل على أي من أهداف التنمية المستدامة للبرنامج ({sdgs}).',
    'Не работает ни над одной из ЦУР программы ({sdgs}).',
    '未致力于本计划的任何可持续发展目标（{sdgs}）。',
  ),
  'sdgs.no-data': t(
    'No SDGs recorded.',
    'Aucun ODD enregistré.',
    'No hay ODS registrados.',
    'لم تُسجَّل أي أهداف للتنمية المستدامة.',
    'ЦУР не указаны.',
    '未登记可持续发展目标。',
  ),
  'sdgs.not-applicable': t(
    'The programme lists no SDGs.',
    "Le programme n'indique aucun ODD.",
    'El programa no indica ODS.',
    'لا يحدد البرنامج أي أهداف للتنمية المستدامة.',
    'В программе не указаны ЦУР.',
    '本计划未列出可持续发展目标。',
  ),
  // Geography
  'geography.present': t(
    "Present in {count} of the programme's {total} countries: {countries}.",
    'Présente dans {count} des {total} pays du programme\u00a0: {countries}.',
    'Presente en {count} de los {total} países del programa: {countries}.',
    'حاضرة في {count} من أصل {total} من بلدان البرنامج: {countries}.',
    'Присутствует в странах программы: {count} из {total} ({countries}).',
    '在本计划{total}个国家中的{count}个开展工作：{countries}。',
  ),
  'geography.field-office': t(
    'Present in {countries}, covered by the same field office ({office}).',
    'Présente dans des pays couverts par le même bureau hors Siège ({office})\u00a0: {countries}.',
    'Presente en {countries}, cubiertos por la misma oficina fuera de la Sede ({office}).',
    'حاضرة في {countries}، التي يغطيها المكتب الميداني نفسه ({office}).',
    'Присутствует в странах, которые охватывает то же бюро на местах ({office}): {countries}.',
    '在{countries}开展工作，属同一驻外办事处（{office}）的覆盖范围。',
  ),
  'geography.region': t(
    'Present in the same region ({region}): {countries}.',
    'Présente dans la même région ({region})\u00a0: {countries}.',
    'Presente en la misma región ({region}): {countries}.',
    'حاضرة في المنطقة نفسها ({region}): {countries}.',
    'Присутствует в том же регионе ({region}): {countries}.',
    '在同一地区（{region}）开展工作：{countries}。',
  ),
  'geography.none': t(
    "Not present in the programme's countries or region ({regions}).",
    'Absente des pays et de la région du programme ({regions}).',
    'No está presente en los países ni en la región del programa ({regions}).',
    'غير حاضرة في بلدان البرنامج أو منطقته ({regions}).',
    'Не присутствует в странах или регионе программы ({regions}).',
    '未在本计划的国家或地区（{regions}）开展工作。',
  ),
  'geography.headquarters': t(
    'Location taken from its headquarters ({country}); no countries of presence recorded.',
    "Localisation d'après le siège ({country})\u00a0; aucun pays de présence enregistré.",
    'Ubicación según la sede ({country}); no hay países de presencia registrados.',
    'الموقع مأخوذ من المقر ({country})؛ لم تُسجَّل بلدان حضور.',
    'Местоположение определено по штаб-квартире ({country}); страны присутствия не указаны.',
    '根据总部所在地（{country}）判断；未登记开展工作的国家。',
  ),
  'geography.no-data': t(
    'No countries recorded (neither presence nor headquarters).',
    'Aucun pays enregistré (ni présence ni siège).',
    'No hay países registrados (ni presencia ni sede).',
    'لم تُسجَّل أي بلدان (لا حضور ولا مقر).',
    'Страны не указаны (ни присутствие, ни штаб-квартира).',
    '未登记任何国家（既无开展工作的国家，也无总部）。',
  ),
  'geography.not-applicable': t(
    'Global programme: no countries listed.',
    'Programme mondial\u00a0: aucun pays indiqué.',
    'Programa mundial: no se indican países.',
    'برنامج عالمي: لم تُحدَّد بلدان.',
    'Глобальная программа: страны не указаны.',
    '全球计划：未列出国家。',
  ),
  // Languages
  'languages.match': t(
    "Works in the programme's languages: {languages}.",
    'Travaille dans les langues du programme\u00a0: {languages}.',
    'Trabaja en los idiomas del programa: {languages}.',
    'تعمل بلغات البرنامج: {languages}.',
    'Работает на языках программы: {languages}.',
    '使用本计划的工作语言：{languages}。',
  ),
  'languages.none': t(
    "Does not list the programme's languages ({languages}).",
    "N'indique pas les langues du programme ({languages}).",
    'No indica los idiomas del programa ({languages}).',
    'لا تذكر لغات البرنامج ({languages}).',
    'Не указывает языки программы ({languages}).',
    '未列出本计划的工作语言（{languages}）。',
  ),
  'languages.no-data': t(
    "No working languages recorded (the programme's: {languages}).",
    'Aucune langue de travail enregistrée (celles du programme\u00a0: {languages}).',
    'No hay idiomas de trabajo registrados (los del programa: {languages}).',
    'لم تُسجَّل لغات عمل (لغات البرنامج: {languages}).',
    'Рабочие языки не указаны (языки программы: {languages}).',
    '未登记工作语言（本计划的工作语言：{languages}）。',
  ),
  'languages.not-applicable': t(
    'The programme lists no working languages.',
    "Le programme n'indique aucune langue de travail.",
    'El programa no indica idiomas de trabajo.',
    'لا يحدد البرنامج لغات عمل.',
    'В программе не указаны рабочие языки.',
    '本计划未列出工作语言。',
  ),
  // Partnership
  'partnership.associate': t(
    'Associate partner of UNESCO.',
    "Partenaire associé de l'UNESCO.",
    'Socio asociado de la UNESCO.',
    'شريك منتسب لليونسكو.',
    'Ассоциированный партнёр ЮНЕСКО.',
    '教科文组织联系伙伴。',
  ),
  'partnership.consultative': t(
    'Consultative partner of UNESCO.',
    "Partenaire consultatif de l'UNESCO.",
    'Socio consultivo de la UNESCO.',
    'شريك استشاري لليونسكو.',
    'Консультативный партнёр ЮНЕСКО.',
    '教科文组织咨询伙伴。',
  ),
  'partnership.official-relations': t(
    'Foundation in official relations with UNESCO.',
    "Fondation en relations officielles avec l'UNESCO.",
    'Fundación con relaciones oficiales con la UNESCO.',
    'مؤسسة تربطها علاقات رسمية باليونسكو.',
    'Фонд, поддерживающий официальные отношения с ЮНЕСКО.',
    '与教科文组织建立正式关系的基金会。',
  ),
  'partnership.not-stated': t(
    'Official partner of UNESCO; the sources found do not state the category.',
    "Partenaire officiel de l'UNESCO\u00a0; les sources trouvées ne précisent pas la catégorie.",
    'Socio oficial de la UNESCO; las fuentes encontradas no indican la categoría.',
    'شريك رسمي لليونسكو؛ لا تذكر المصادر المتاحة الفئة.',
    'Официальный партнёр ЮНЕСКО; в найденных источниках категория не указана.',
    '教科文组织正式伙伴；现有资料未说明类别。',
  ),
  'partnership.not-attested': t(
    'The sources found do not attest an official partnership with UNESCO.',
    "Les sources trouvées n'attestent pas de partenariat officiel avec l'UNESCO.",
    'Las fuentes encontradas no atestiguan una asociación oficial con la UNESCO.',
    'لا تثبت المصادر المتاحة وجود شراكة رسمية مع اليونسكو.',
    'Найденные источники не подтверждают официального партнёрства с ЮНЕСКО.',
    '现有资料未证明与教科文组织的正式伙伴关系。',
  ),
  'partnership.pending': t(
    'Partnership requested, not yet decided.',
    'Partenariat demandé, pas encore décidé.',
    'Asociación solicitada, aún no decidida.',
    'طُلبت الشراكة ولم يُبتّ فيها بعد.',
    'Партнёрство запрошено, решение ещё не принято.',
    '已申请伙伴关系，尚未决定。',
  ),
  'partnership.inactive': t(
    'Partnership suspended or ended.',
    'Partenariat suspendu ou terminé.',
    'Asociación suspendida o terminada.',
    'الشراكة معلقة أو منتهية.',
    'Партнёрство приостановлено или прекращено.',
    '伙伴关系已暂停或终止。',
  ),
  // Track record
  'track-record.programme': t(
    'Actions recorded in this programme: {count}.',
    'Actions enregistrées dans ce programme\u00a0: {count}.',
    'Acciones registradas en este programa: {count}.',
    'الأنشطة المسجلة في هذا البرنامج: {count}.',
    'Действий в рамках этой программы: {count}.',
    '在本计划中登记的行动：{count}项。',
  ),
  'track-record.sector': t(
    'Actions recorded in programmes of the {sector}: {count}.',
    'Actions enregistrées dans des programmes du {sector}\u00a0: {count}.',
    'Acciones registradas en programas del {sector}: {count}.',
    'الأنشطة المسجلة في برامج {sector}: {count}.',
    'Действий в программах сектора ({sector}): {count}.',
    '在{sector}的计划中登记的行动：{count}项。',
  ),
  'track-record.countries': t(
    "Has acted in the programme's countries: {countries}.",
    'A déjà agi dans des pays du programme\u00a0: {countries}.',
    'Ha actuado en países del programa: {countries}.',
    'سبق أن عملت في بلدان البرنامج: {countries}.',
    'Уже действовала в странах программы: {countries}.',
    '曾在本计划的国家开展行动：{countries}。',
  ),
  'track-record.elsewhere': t(
    'Actions recorded elsewhere: {count}; none in this programme, its sector or its countries.',
    'Actions enregistrées ailleurs\u00a0: {count}\u00a0; aucune dans ce programme, son secteur ou ses pays.',
    'Acciones registradas en otros ámbitos: {count}; ninguna en este programa, su sector o sus países.',
    'أنشطة مسجلة في مجالات أخرى: {count}؛ لا شيء منها في هذا البرنامج أو قطاعه أو بلدانه.',
    'Действия в других областях: {count}; ни одного в этой программе, её секторе или странах.',
    '在其他方面登记的行动：{count}项；无一属于本计划、其部门或其国家。',
  ),
  'track-record.none': t(
    'No actions recorded yet.',
    "Aucune action enregistrée pour l'instant.",
    'Aún no hay acciones registradas.',
    'لم تُسجَّل أي أنشطة بعد.',
    'Действия пока не зарегистрированы.',
    '尚未登记任何行动。',
  ),
} satisfies Record<string, ReasonTemplates>;

export type ReasonCode = keyof typeof REASON_MESSAGES;

/** How an SDG is written in each language: "SDG 4", "ODD 4", "ЦУР 4", "目标4". */
export const SDG_LABEL: ReasonTemplates = t('SDG {n}', 'ODD {n}', 'ODS {n}', 'الهدف {n}', 'ЦУР {n}', '目标{n}');
