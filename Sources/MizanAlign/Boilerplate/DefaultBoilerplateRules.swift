/// The default boilerplate rules, embedded so the `mizan` binary needs no resource bundle.
/// Must equal `Corpora/boilerplate/default.tsv` byte for byte (a test checks it): edit the TSV,
/// then paste it here between the delimiters.
enum DefaultBoilerplateRules {
  static let tsv = #"""
# Mizan default boilerplate rules: page furniture of Arabic (and English) news sites.
# Format (docs/boilerplate.md): label<TAB>match<TAB>pattern<TAB>reason[<TAB>scope]
# match: exact | prefix | suffix | contains | regex (NSRegularExpression, case-insensitive).
# scope: line (default) | rest (this line and every later line of the document).
# Text and patterns are both folded before matching: diacritics and tatweel removed,
# أ إ آ ٱ → ا, ى → ي, ة → ه, Arabic-Indic digits → ASCII, Latin lowercased; surrounding
# whitespace trimmed. The first matching rule wins.
related	exact	أخبار ذات صلة	related-news section header: what follows links to other articles	rest
related	exact	مقالات ذات صلة	related-articles section header: what follows links to other articles	rest
related	exact	موضوعات ذات صلة	related-topics section header: what follows links to other articles	rest
related	exact	الأكثر قراءة	most-read section header: what follows links to other articles	rest
related	exact	قد يعجبك أيضا	recommendations header: what follows links to other articles	rest
related	regex	^related (news|articles|stories)$	related-news section header: what follows links to other articles	rest
see-also	regex	^(شاهد|اقرأ|إقرأ|طالع|اقرأ المزيد|للمزيد|انظر) ?(أيضا|ايضا)?\s*:	"see also" link to another article
see-also	regex	^(read (also|more)|see also)\s*:	"see also" link to another article
placeholder	regex	^(loading|جار التحميل|جاري التحميل)\b	lazy-loading placeholder left in the page text
placeholder	regex	^\[?(image|photo|video|صورة|فيديو)\]?$	image or video placeholder
share	regex	^(شارك|مشاركة|انشر)( (الخبر|المقال|المقالة|القصة|الموضوع|هذا الخبر|هذا المقال|هذه المقالة|عبر))?\s*:?$	share prompt
share	regex	^share( this( article| story)?)?\s*:?$	share prompt
comment	regex	^(اترك|اكتب|أضف) (تعليقك|تعليقا|تعليق|رأيك)	comment prompt
comment	regex	^(التعليقات|تعليقات|عدد التعليقات)\s*:?\s*\d*$	comment counter or header
comment	regex	^(leave a comment|add a comment|comments?)\s*:?\s*\d*$	comment prompt
category	regex	^(التصنيف|التصنيفات|القسم|الوسوم|الكلمات المفتاحية|كلمات مفتاحية|tags?|category|categories)\s*:	category or tag label
dateline	regex	^(نشر في|تاريخ النشر|آخر تحديث|published|updated)\s*:	publication date line
byline	regex	^(فريق التحرير|هيئة التحرير|editorial team)$	byline of the site's editorial team
byline	regex	^(بقلم|كتب|كتبت|إعداد|تحرير|by)\s*:?\s*[^\s.،,:]+(\s+[^\s.،,:]+){0,3}$	author byline
social	regex	^((facebook|twitter|linkedin|email|whatsapp|telegram|pinterest|reddit|messenger|print|copy link|فيسبوك|تويتر|واتساب|تيليجرام)\s*[|·•/]?\s*){2,}$	social-network buttons run together
navigation	regex	^((الرئيسية|أخبار|سياسة|أعمال|رياضة|العالم|تكنولوجيا|اقتصاد|صحة|تسلية|ثقافة|فن|فنون|منوعات|علوم|مقالات|فيديو|محليات|عربي|دولي|رأي|مال|سياحة|تعليم|مجتمع)\s*[|·•]?\s*){4,}$	site navigation menu run together
logo	regex	(^|\s)(logo|شعار)$	site logo (image alternative text)
caption	regex	\[[^\]]*/[^\]]*\]\.?$	image caption ending with a photographer/agency credit in brackets
caption	regex	\((getty images|afp|reuters|ap|epa|رويترز|فرانس برس|أ ف ب|غيتي)\)\.?$	image caption ending with an agency credit
caption	regex	^(تصوير|الصورة|صورة|photo|image)\s*:	photo credit line
teaser	regex	(تفاصيل مثيرة|اكتشف المزيد|اكتشفوا المزيد|تابعوا التفاصيل|تابعوا تفاصيل|تابع التفاصيل|اقرأ التفاصيل)	promotional teaser with a call to read on

"""#
}
