// Generated from Corpora/lexicons/false-friends.tsv; FindingsLexiconTests checks they agree.
extension FalseFriendLexicon {
  static let englishArabicTSV = #"""
# English→Arabic machine-translation false friends: English words whose usual Arabic rendering is
# the wrong sense in news and political text. Read by FalseFriendLexicon (docs/findings.md).
# Columns (tab-separated): source = the English word and, in parentheses, the sense meant;
# wrong = Arabic renderings of the other sense, "|"-separated; right = renderings of the sense
# meant, "|"-separated; note = why, for people. Renderings are written as stems without vowel
# marks: attached particles (و ف ب ك ل ال) and endings (ة ات ون ين ان ا, pronouns) are matched.
# A hit needs both sides: the wrong rendering in the hypothesis and a right rendering in the
# reference where the hypothesis has it, so a common word in a wrong column costs nothing alone.
source	wrong	right	note
frank (candid)	فرنك	صريح|صراحة	the Swiss currency for "a frank exchange of views"
bank (of a river)	بنك|مصرف	ضفة|شاطئ	the lender for the river bank ("West Bank" as البنك الغربي)
table (a motion)	طاولة	طرح|تأجيل|أرجأ|يرجئ	furniture for tabling (submitting or postponing) a proposal
fine (a penalty)	جيد|بخير	غرامة	"all right" for a fine paid
address (a speech)	عنوان	خطاب|كلمة	a postal address for an address to parliament
minister (of religion)	وزير	قس|قسيس|كاهن	a government minister for a clergyman
party (political)	حفلة|حفل	حزب	a celebration for a political party
cabinet (government)	خزانة	حكومة|وزارة|مجلس الوزراء	a cupboard for the council of ministers
race (ethnicity)	سباق	عرق|عنصر	a contest for a person's race
capital (money)	عاصمة	رأس المال|رأسمال	a capital city for invested money
interest (on money)	اهتمام	فائدة|فوائد	attention for the interest a loan bears
sentence (a court's)	جملة	حكم|عقوبة	a sentence of grammar for a prison sentence
trial (in court)	تجربة	محاكمة	an experiment for a court trial
charge (an accusation)	شحن	تهمة|اتهام	loading or charging a battery for a criminal charge
plant (a factory)	نبات|نبتة	مصنع|محطة|معمل	a vegetable plant for a power or industrial plant
figure (a person)	رقم	شخصية	a number for a public figure
spring (of water)	ربيع	نبع|ينبوع	the season for a water spring
board (of directors)	لوح|لوحة	مجلس	a plank for a governing board
cell (a prison's)	خلية	زنزانة	a biological cell for a prison cell
shell (artillery)	صدفة|قشرة	قذيفة	a seashell for an artillery shell
strike (a work stoppage)	ضربة	إضراب	a blow for a labour strike
novel (new)	رواية	جديد|مبتكر|مستحدث	a book for a novel approach
bill (a draft law)	فاتورة	مشروع قانون	an invoice for a bill before parliament
tank (armoured)	خزان	دبابة|مدرعة	a water tank for a battle tank
run (for office)	ركض|يركض	ترشح|يترشح	running on foot for running in an election
duty (a customs tax)	واجب	رسوم|رسم|جمارك|ضريبة	an obligation for import duties
exchange (a round of tariffs or talks)	بورصة	تبادل	a stock exchange for an exchange between two sides
slap (impose)	صفع	فرض|يفرض	hitting someone for slapping tariffs on a country
trading (commerce)	تداول	تجاري|تجارة	market trading for the (multilateral) trading system
free (unrestricted)	مجاني|مجانا	حر|حرة|حرية	free of charge for free trade
top (senior)	أفضل	كبار|كبير|أبرز|رفيع	"best" for top officials or diplomats
field (an area of activity)	حقل|حقول	مجال|مجالات	a farm field for a field of cooperation
state (a country)	حالة	دولة|ولاية	a condition for a state or nation
"""#
}
