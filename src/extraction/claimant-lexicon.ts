/**
 * Roles, organisations and well-known people that claimants are described with, in German and
 * English. Pure data; claimant.ts holds the rules that combine them. Labels are English, so a
 * claimant reads the same whatever the language of the article.
 */

export interface OrgEntry {
  key: string;
  /** English name without nationality ("foreign ministry"). */
  label: string;
  /** Word used in front of a role when unnamed ("foreign ministry spokesperson", "defence official"). */
  modifier: string;
  /** Written forms, lower case; multi-word forms are matched as phrases. */
  forms: string[];
  /** German compound prefixes, lower case ("verteidigungs" in "Verteidigungsbeamter"). */
  prefixes?: string[];
  /** The country of an office that only one country has ("State Department"), when nothing else names one. */
  country?: string;
}

export interface RoleEntry {
  key: string;
  singular: string;
  plural: string;
  /** Lower-case forms; `pluralForms` mark the ones that are always plural. */
  forms: string[];
  pluralForms?: string[];
  /** The organisation the role implies when the text names none ("Außenminister" → foreign ministry). */
  org?: string;
  /** German nouns that end in this role form are compounds of it ("Kremlsprecher"). */
  compound?: boolean;
}

export interface PersonEntry {
  name: string;
  affiliation: string | null;
  country: string | null;
  /** Written forms, full names and surnames, in either language. */
  forms: string[];
}

export const ORGANISATIONS: OrgEntry[] = [
  { key: 'foreign_ministry', label: 'foreign ministry', modifier: 'foreign ministry',
    forms: ['außenministerium', 'außenministeriums', 'außenamt', 'außenamts', 'auswärtige amt', 'auswärtigen amt', 'auswärtigen amtes', 'foreign ministry', 'ministry of foreign affairs', 'foreign office'],
    prefixes: ['außenamts'] },
  { key: 'defence_ministry', label: 'defence ministry', modifier: 'defence',
    forms: ['verteidigungsministerium', 'verteidigungsministeriums', 'defence', 'defense', 'defence ministry', 'defense ministry', 'ministry of defence', 'ministry of defense', 'defense department', 'department of defense'],
    prefixes: ['verteidigungs'] },
  { key: 'state_department', label: 'State Department', modifier: 'State Department', country: 'US',
    forms: ['state department', 'department of state'] },
  { key: 'government', label: 'government', modifier: 'government',
    forms: ['regierung', 'bundesregierung', 'government', 'administration', 'regierungen'],
    prefixes: ['regierungs'] },
  { key: 'military', label: 'military', modifier: 'military',
    forms: ['armee', 'militär', 'militärs', 'streitkräfte', 'generalstab', 'generalstabs', 'army', 'military', 'armed forces', 'general staff'],
    prefixes: ['armee', 'militär', 'generalstabs'] },
  { key: 'intelligence', label: 'intelligence service', modifier: 'intelligence',
    forms: ['geheimdienst', 'geheimdienstes', 'geheimdienste', 'nachrichtendienst', 'intelligence', 'intelligence service', 'intelligence agency'],
    prefixes: ['geheimdienst', 'nachrichtendienst'] },
  { key: 'presidency', label: 'presidency', modifier: 'presidential',
    forms: ['präsidialamt', 'präsidialamts', 'präsidialverwaltung', 'presidential office', 'presidency'],
    prefixes: ['präsidial'] },
  { key: 'parliament', label: 'parliament', modifier: 'parliamentary',
    forms: ['parlament', 'parlaments', 'kongress', 'kongresses', 'repräsentantenhaus', 'repräsentantenhauses', 'parliament', 'congress', 'house of representatives', 'senate', 'senat', 'senats'] },
  { key: 'commission', label: 'commission', modifier: 'commission',
    forms: ['kommission', 'commission', 'ausschuss', 'ausschusses', 'committee'] },
  { key: 'embassy', label: 'embassy', modifier: 'embassy',
    forms: ['botschaft', 'embassy'] },
  { key: 'interior_ministry', label: 'interior ministry', modifier: 'interior ministry',
    forms: ['innenministerium', 'innenministeriums', 'bundesinnenministerium', 'bundesinnenministeriums', 'interior ministry', 'home office'] },
  { key: 'health_ministry', label: 'health ministry', modifier: 'health ministry',
    forms: ['gesundheitsministerium', 'gesundheitsministeriums', 'health ministry', 'ministry of health'] },
  { key: 'commerce_ministry', label: 'commerce ministry', modifier: 'commerce ministry',
    forms: ['handelsministerium', 'handelsministeriums', 'wirtschaftsministerium', 'wirtschaftsministeriums', 'commerce ministry', 'trade ministry', 'ministry of commerce', 'economy ministry'] },
  { key: 'border_guard', label: 'border guard', modifier: 'border guard',
    forms: ['grenzschutz', 'grenzschutzes', 'grenzpolizei', 'grenztruppen', 'border guard', 'border guards', 'border police', 'border service'] },
  { key: 'coast_guard', label: 'coast guard', modifier: 'coast guard',
    forms: ['küstenwache', 'coast guard'] },
  { key: 'authorities', label: 'authorities', modifier: 'authorities',
    forms: ['behörde', 'behörden', 'authorities', 'authority', 'agency'] },
  { key: 'company', label: 'company', modifier: 'company',
    forms: ['unternehmen', 'unternehmens', 'konzern', 'konzerns', 'firma', 'company', 'firm', 'provider', 'carmaker', 'airline'] },
  { key: 'group', label: 'group', modifier: 'group',
    forms: ['organisation', 'gruppe', 'verband', 'verbands', 'group', 'groups', 'organisation', 'organization', 'charity', 'association', 'cooperative'] },
  { key: 'police', label: 'police', modifier: 'police',
    forms: ['polizei', 'police'] },
  { key: 'board', label: 'board', modifier: 'board',
    forms: ['vorstand', 'board'] },
  { key: 'media', label: 'media outlet', modifier: 'media',
    forms: ['sender', 'senders', 'zeitung', 'blatt', 'magazin', 'broadcaster', 'newspaper', 'paper', 'magazine'] },
  { key: 'union', label: 'union', modifier: 'union',
    forms: ['gewerkschaft', 'union', 'trade union'] },
  { key: 'opposition', label: 'opposition', modifier: 'opposition',
    forms: ['opposition'] },
  { key: 'ministry', label: 'ministry', modifier: 'ministry',
    forms: ['ministerium', 'ministeriums', 'ministry', 'department'] },
  { key: 'office', label: 'office', modifier: 'office',
    forms: ['amt', 'amts', 'amtes', 'office', 'bureau'] },
  { key: 'news_agency', label: 'news agency', modifier: 'news agency',
    forms: ['nachrichtenagentur', 'nachrichtenagenturen', 'news agency', 'state news agency'] },
];

/** Some organisations have a name of their own in one country. */
export const ORG_NAMES_BY_COUNTRY: Record<string, Record<string, string>> = {
  US: { foreign_ministry: 'State Department', defence_ministry: 'Pentagon', presidency: 'White House' },
  RU: { presidency: 'Kremlin' },
};

export const ROLES: RoleEntry[] = [
  { key: 'spokesperson', singular: 'spokesperson', plural: 'spokespeople', compound: true,
    forms: ['sprecher', 'sprecherin', 'sprechers', 'pressesprecher', 'pressesprecherin', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'press secretary'],
    pluralForms: ['spokespeople'] },
  { key: 'official', singular: 'official', plural: 'officials', compound: true,
    forms: ['beamter', 'beamte', 'beamten', 'beamtin', 'funktionär', 'funktionäre', 'official', 'officials', 'vertreter', 'vertreterin'],
    pluralForms: ['officials', 'funktionäre'] },
  { key: 'foreign_minister', singular: 'foreign minister', plural: 'foreign ministers', org: 'foreign_ministry',
    forms: ['außenminister', 'außenministerin', 'außenministers', 'chefdiplomat', 'foreign minister', 'foreign secretary', 'secretary of state'] },
  { key: 'defence_minister', singular: 'defence minister', plural: 'defence ministers', org: 'defence_ministry',
    forms: ['verteidigungsminister', 'verteidigungsministerin', 'verteidigungsministers', 'defence minister', 'defense minister', 'defense secretary', 'defence secretary', 'secretary of defense'] },
  { key: 'minister', singular: 'minister', plural: 'ministers', compound: true,
    forms: ['minister', 'ministerin', 'ministers', 'secretary'] },
  { key: 'president', singular: 'president', plural: 'presidents', org: 'presidency', compound: true,
    forms: ['präsident', 'präsidentin', 'präsidenten', 'staatschef', 'staatschefin', 'staatsoberhaupt', 'president', 'head of state'] },
  { key: 'head_of_government', singular: 'head of government', plural: 'heads of government', org: 'government',
    forms: ['kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin', 'premierminister', 'premierministerin', 'ministerpräsident', 'regierungschef', 'regierungschefin', 'chancellor', 'prime minister', 'premier'] },
  { key: 'security_adviser', singular: 'national security adviser', plural: 'national security advisers', org: 'presidency',
    forms: ['sicherheitsberater', 'sicherheitsberaterin', 'national security adviser', 'national security advisor'] },
  { key: 'adviser', singular: 'adviser', plural: 'advisers', compound: true,
    forms: ['berater', 'beraterin', 'adviser', 'advisor', 'advisers', 'advisors'], pluralForms: ['advisers', 'advisors'] },
  { key: 'secretary_general', singular: 'secretary general', plural: 'secretaries general', compound: true,
    forms: ['generalsekretär', 'generalsekretärin', 'secretary general', 'secretary-general'] },
  { key: 'ambassador', singular: 'ambassador', plural: 'ambassadors', org: 'embassy', compound: true,
    forms: ['botschafter', 'botschafterin', 'ambassador', 'envoy', 'gesandte', 'gesandter'] },
  { key: 'diplomat', singular: 'diplomat', plural: 'diplomats', compound: true,
    forms: ['diplomat', 'diplomaten', 'diplomatin', 'diplomats'], pluralForms: ['diplomats'] },
  { key: 'director', singular: 'director', plural: 'directors', compound: true,
    forms: ['direktor', 'direktorin', 'chef', 'chefin', 'leiter', 'leiterin', 'geschäftsführer', 'geschäftsführerin', 'director', 'chief', 'head', 'chief executive', 'executive', 'officer', 'manager'] },
  { key: 'commander', singular: 'commander', plural: 'commanders', compound: true,
    forms: ['general', 'generäle', 'kommandeur', 'kommandeure', 'befehlshaber', 'oberbefehlshaber', 'commander', 'commanders', 'generals'],
    pluralForms: ['generäle', 'kommandeure', 'commanders', 'generals'] },
  { key: 'lawmaker', singular: 'lawmaker', plural: 'lawmakers',
    forms: ['abgeordnete', 'abgeordneter', 'lawmaker', 'lawmakers', 'congressman', 'congresswoman', 'member of parliament'],
    pluralForms: ['lawmakers'] },
  { key: 'senator', singular: 'senator', plural: 'senators', compound: true,
    forms: ['senator', 'senatorin', 'senators'], pluralForms: ['senators'] },
  { key: 'regulator', singular: 'regulator', plural: 'regulators',
    forms: ['regulator', 'regulators', 'aufseher', 'regulierer'], pluralForms: ['regulators'] },
  { key: 'researcher', singular: 'researcher', plural: 'researchers', compound: true,
    forms: ['forscher', 'forscherin', 'wissenschaftler', 'wissenschaftlerin', 'researcher', 'researchers', 'scientist', 'scientists'],
    pluralForms: ['researchers', 'scientists'] },
  { key: 'governor', singular: 'governor', plural: 'governors',
    forms: ['gouverneur', 'gouverneurin', 'governor', 'landrat', 'landrätin'] },
  { key: 'mayor', singular: 'mayor', plural: 'mayors', compound: true,
    forms: ['bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'mayor'] },
  { key: 'commissioner', singular: 'commissioner', plural: 'commissioners', compound: true,
    forms: ['kommissar', 'kommissarin', 'commissioner'] },
  { key: 'councillor', singular: 'councillor', plural: 'councillors',
    forms: ['stadtrat', 'stadträtin', 'councilman', 'councilwoman', 'councillor', 'councilor', 'council member'] },
  { key: 'leader', singular: 'leader', plural: 'leaders',
    forms: ['leader', 'anführer', 'vorsitzende', 'vorsitzender', 'chairman', 'chairwoman', 'chair'] },
  { key: 'analyst', singular: 'analyst', plural: 'analysts', compound: true,
    forms: ['analyst', 'analysten', 'analystin', 'experte', 'experten', 'expertin', 'analyst', 'analysts', 'expert', 'experts'],
    pluralForms: ['analysten', 'analysts', 'experts'] },
];

/** Words that make an unnamed claimant more specific. */
export const QUALIFIERS: Record<string, string> = {
  hochrangig: 'senior', hochrangige: 'senior', hochrangiger: 'senior', hochrangigen: 'senior', ranghohe: 'senior',
  ranghoher: 'senior', ranghohen: 'senior', senior: 'senior', 'top': 'senior',
  ehemalige: 'former', ehemaliger: 'former', ehemaligen: 'former', former: 'former',
};

export const PEOPLE: PersonEntry[] = [
  { name: 'Dmitry Peskov', affiliation: 'Kremlin', country: 'RU', forms: ['Dmitri Peskow', 'Dmitrij Peskow', 'Dmitry Peskov', 'Peskow', 'Peskov'] },
  { name: 'Vladimir Putin', affiliation: 'Kremlin', country: 'RU', forms: ['Wladimir Putin', 'Vladimir Putin', 'Putin'] },
  { name: 'Sergei Lavrov', affiliation: 'Russian foreign ministry', country: 'RU', forms: ['Sergej Lawrow', 'Sergei Lawrow', 'Sergei Lavrov', 'Lawrow', 'Lavrov'] },
  { name: 'Maria Zakharova', affiliation: 'Russian foreign ministry', country: 'RU', forms: ['Maria Sacharowa', 'Marija Sacharowa', 'Maria Zakharova', 'Sacharowa', 'Zakharova'] },
  { name: 'Sergei Shoigu', affiliation: 'Russian defence ministry', country: 'RU', forms: ['Sergej Schoigu', 'Sergei Schoigu', 'Sergei Shoigu', 'Schoigu', 'Shoigu'] },
  { name: 'Andrei Belousov', affiliation: 'Russian defence ministry', country: 'RU', forms: ['Andrej Beloussow', 'Andrei Beloussow', 'Andrei Belousov', 'Beloussow', 'Belousov'] },
  { name: 'Zhao Lijian', affiliation: 'Chinese foreign ministry', country: 'CN', forms: ['Zhao Lijian', 'Zhao'] },
  { name: 'Wang Wenbin', affiliation: 'Chinese foreign ministry', country: 'CN', forms: ['Wang Wenbin'] },
  { name: 'Mao Ning', affiliation: 'Chinese foreign ministry', country: 'CN', forms: ['Mao Ning'] },
  { name: 'Wang Yi', affiliation: 'Chinese foreign ministry', country: 'CN', forms: ['Wang Yi'] },
  { name: 'Xi Jinping', affiliation: 'Chinese presidency', country: 'CN', forms: ['Xi Jinping', 'Xi'] },
  { name: 'Dong Jun', affiliation: 'Chinese defence ministry', country: 'CN', forms: ['Dong Jun'] },
  { name: 'Volodymyr Zelensky', affiliation: 'Ukrainian presidency', country: 'UA', forms: ['Wolodymyr Selenskyj', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Selenskyj', 'Zelensky', 'Zelenskyy'] },
  { name: 'Dmytro Kuleba', affiliation: 'Ukrainian foreign ministry', country: 'UA', forms: ['Dmytro Kuleba', 'Kuleba'] },
  { name: 'Antony Blinken', affiliation: 'State Department', country: 'US', forms: ['Antony Blinken', 'Blinken'] },
  { name: 'Lloyd Austin', affiliation: 'Pentagon', country: 'US', forms: ['Lloyd Austin'] },
  { name: 'Jen Psaki', affiliation: 'White House', country: 'US', forms: ['Jen Psaki', 'Psaki'] },
  { name: 'John Kirby', affiliation: 'White House', country: 'US', forms: ['John Kirby', 'Kirby'] },
  { name: 'Joe Biden', affiliation: 'White House', country: 'US', forms: ['Joe Biden', 'Biden'] },
  { name: 'Jake Sullivan', affiliation: 'White House', country: 'US', forms: ['Jake Sullivan'] },
  { name: 'William Burns', affiliation: 'CIA', country: 'US', forms: ['William Burns'] },
  { name: 'Jens Stoltenberg', affiliation: 'NATO', country: null, forms: ['Jens Stoltenberg', 'Stoltenberg'] },
  { name: 'Mark Rutte', affiliation: 'NATO', country: null, forms: ['Mark Rutte', 'Rutte'] },
  { name: 'Olaf Scholz', affiliation: 'German government', country: 'DE', forms: ['Olaf Scholz', 'Scholz'] },
  { name: 'Emmanuel Macron', affiliation: 'French presidency', country: 'FR', forms: ['Emmanuel Macron', 'Macron'] },
  { name: 'Kim Jong Un', affiliation: 'North Korean government', country: 'KP', forms: ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'] },
];

/** Nouns for whom a statement is made, not by whom ("sagte Peskow Reportern"). They end a claimant. */
export const AUDIENCE_WORDS = new Set([
  'reportern', 'journalisten', 'journalistinnen', 'medien', 'medienvertretern', 'fernsehsender',
  'reporters', 'journalists', 'lawmakers', 'congress', 'parliament', 'abgeordneten', 'kongress',
]);

/** Titles that are not part of a name. */
export const TITLES = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'herr', 'frau', 'sir', 'dame']);

/** Nouns for documents: "laut dem Bericht des Pentagons" is a claim of the Pentagon. */
export const DOCUMENT_WORDS = new Set([
  'bericht', 'berichts', 'berichtes', 'erklärung', 'mitteilung', 'stellungnahme', 'angaben', 'einschätzung', 'schätzung',
  'schätzungen', 'darstellung', 'statement', 'report', 'statement', 'assessment', 'estimate', 'estimates', 'figures',
  'zahlen', 'daten', 'data', 'berichte', 'reports', 'meldung', 'meldungen', 'findings', 'survey', 'umfrage', 'analyse', 'analysis', 'studie', 'study', 'dokument', 'document', 'dokumenten', 'documents',
]);
