#include "search/lunr_stop_words.h"

#include <string>
#include <unordered_set>

#include "search/lunr_pipeline.h"

namespace kunskap {
namespace {

// The lists as lunr.js (MIT) and lunr-languages (MPL-1.1) spell them, split on single spaces
// as they do: the Arabic list's double space adds the empty word.
constexpr std::u16string_view kEnglish =
    u"a able about across after all almost also am among an and any are as at be because been "
    u"but by can cannot could dear did do does either else ever every for from get got had has "
    u"have he her hers him his how however i if in into is it its just least let like likely may "
    u"me might most must my neither no nor not of off often on only or other our own rather said "
    u"say says she should since so some than that the their them then there these they this tis "
    u"to too twas us wants was we were what when where which while who whom why will with would "
    u"yet you your";

constexpr std::u16string_view kSwedish =
    u"alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din "
    u"dina ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne "
    u"hennes hon honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min "
    u"mina mitt mot mycket ni nu när någon något några och om oss på samma sedan sig sin sina "
    u"sitta själv skulle som så sådan sådana sådant till under upp ut utan vad var vara varför "
    u"varit varje vars vart vem vi vid vilka vilkas vilken vilket vår våra vårt än är åt över";

constexpr std::u16string_view kArabic =
    u"، اض امين اه اها اي ا اب اجل اجمع اخ اخذ اصبح اضحى اقبل اقل اكثر الا ام اما "
    u"امامك امامك امسى اما ان انا انت انتم انتما انتن انت انشا انى او اوشك اولئك "
    u"اولئكم اولاء اولالك اوه اي ايا اين اينما اي ان اي اف اذ اذا اذا اذما اذن الى "
    u"اليكم اليكما اليكن اليك اليك الا اما ان انما اي اياك اياكم اياكما اياكن ايانا "
    u"اياه اياها اياهم اياهما اياهن اياي ايه ان ا ابتدا اثر اجل احد اخرى اخلولق اذا "
    u"اربعة ارتد استحال اطار اعادة اعلنت اف اكثر اكد الالاء الالى الا الاخيرة الان "
    u"الاول الاولى التى التي الثاني الثانية الذاتي الذى الذي الذين السابق الف اللائي "
    u"اللاتي اللتان اللتيا اللتين اللذان اللذين اللواتي الماضي المقبل الوقت الى اليوم "
    u"اما امام امس ان انبرى انقلب انه انها او اول اي ايار ايام ايضا ب بات باسم بان بخ "
    u"برس بسبب بس بشكل بضع بطان بعد بعض بك بكم بكما بكن بل بلى بما بماذا بمن بن بنا "
    u"به بها بي بيد بين بس بله بئس تان تانك تبدل تجاه تحول تلقاء تلك تلكم تلكما تم "
    u"تينك تين ته تي ثلاثة ثم ثم ثمة ثم جعل جلل جميع جير حار حاشا حاليا حاي حتى حرى "
    u"حسب حم حوالى حول حيث حيثما حين حي حبذا حتى حذار خلا خلال دون دونك ذا ذات ذاك "
    u"ذانك ذان ذلك ذلكم ذلكما ذلكن ذو ذوا ذواتا ذواتي ذيت ذينك ذين ذه ذي راح رجع "
    u"رويدك ريث رب زيارة سبحان سرعان سنة سنوات سوف سوى ساء ساءما شبه شخصا شرع شتان "
    u"صار صباح صفر صه صه ضد ضمن طاق طالما طفق طق ظل عاد عام عاما عامة عدا عدة عدد عدم "
    u"عسى عشر عشرة علق على عليك عليه عليها عل عن عند عندما عوض عين عدس عما غدا غير  ف "
    u"فان فلان فو فى في فيم فيما فيه فيها قال قام قبل قد قط قلما قوة كانما كاين كاي "
    u"كاين كاد كان كانت كذا كذلك كرب كل كلا كلاهما كلتا كلم كليكما كليهما كلما كلا كم "
    u"كما كي كيت كيف كيفما كان كخ لئن لا لات لاسيما لدن لدى لعمر لقاء لك لكم لكما لكن "
    u"لكنما لكي لكيلا للامم لم لما لما لن لنا له لها لو لوكالة لولا لوما لي لست لست "
    u"لستم لستما لستن لست لسن لعل لكن ليت ليس ليسا ليستا ليست ليسوا لسنا ما ماانفك "
    u"مابرح مادام ماذا مازال مافتئ مايو متى مثل مذ مساء مع معاذ مقابل مكانكم مكانكما "
    u"مكانكن مكانك مليار مليون مما ممن من منذ منها مه مهما من من نحن نحو نعم نفس نفسه "
    u"نهاية نخ نعما نعم ها هاؤم هاك هاهنا هب هذا هذه هكذا هل هلم هلا هم هما هن هنا "
    u"هناك هنالك هو هي هيا هيت هيا هؤلاء هاتان هاتين هاته هاتي هج هذا هذان هذين هذه "
    u"هذي هيهات وا واحد واضاف واضافت واكد وان واها واوضح وراءك وفي وقال وقالت وقد وقف "
    u"وكان وكانت ولا ولم ومن وهو وهي ويكان وي وشكان يكون يمكن يوم ايان";

std::unordered_set<std::u16string> SplitOnSpaces(std::u16string_view text) {
  std::unordered_set<std::u16string> words;
  for (size_t start = 0;;) {
    size_t end = text.find(u' ', start);
    words.emplace(text.substr(start, end == text.npos ? text.npos : end - start));
    if (end == text.npos) return words;
    start = end + 1;
  }
}

}  // namespace

bool IsLunrStopWord(LunrLanguage language, std::u16string_view token) {
  static const auto english = SplitOnSpaces(kEnglish);
  static const auto swedish = SplitOnSpaces(kSwedish);
  static const auto arabic = SplitOnSpaces(kArabic);
  const std::unordered_set<std::u16string>* words = nullptr;
  switch (language) {
    case LunrLanguage::kEnglish:
      words = &english;
      break;
    case LunrLanguage::kSwedish:
      words = &swedish;
      break;
    case LunrLanguage::kArabic:
      words = &arabic;
      break;
    case LunrLanguage::kNone:
      return false;
  }
  return words->count(std::u16string(token)) > 0;
}

bool IsArabicStemmerStopWord(std::u16string_view word) {
  return word == u"و" || IsLunrStopWord(LunrLanguage::kArabic, word);
}

}  // namespace kunskap
