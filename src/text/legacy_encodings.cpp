// SPDX-License-Identifier: MIT
#include "text/legacy_encodings.hpp"

#include <array>
#include <cstdint>
#include <utility>

namespace chidao::detail {
namespace {

constexpr char16_t none = not_a_character;

using byte_table = std::array< char16_t, 256 >;

// clang-format off

// 0x80–0x9F as Windows-1252 has them, five holes included. TCVN3 and VNI are font encodings used on
// Windows, so their text has Windows' typographic quotes, dashes and ellipsis here (as UniKey, the
// converter most Vietnamese users know, reads them); TCVN 5712 itself leaves C1 controls, which no text
// holds, while news prose is full of “ ”.
constexpr std::array< char16_t, 32 > windows_1252_0x80 = {
   u'€', none, u'‚', u'ƒ', u'„', u'…', u'†', u'‡', u'ˆ', u'‰', u'Š', u'‹', u'Œ', none, u'Ž', none,  // 0x80
   none, u'‘', u'’', u'“', u'”', u'•', u'–', u'—', u'˜', u'™', u'š', u'›', u'œ', none, u'ž', u'Ÿ',  // 0x90
};

// TCVN3: VN3 of TCVN 5712:1993, the subset the "ABC" fonts (.VnTime …) implement: ASCII as it is, C0
// controls included, then the no-break space, seven capitals without a tone and the 67 small letters.
// A capital with a tone has no code: ABC text writes it with the small letter in an all-capitals font
// (.VnTimeH), so it reads here as the small letter. The 21 holes are where VN1 (glibc's TCVN5712-1) puts
// capitals with tones and combining marks; VN1 also puts capitals on 0x01–0x17 and 0x80–0x9F.
constexpr std::array< char16_t, 96 > tcvn3_0xA0 = {
   u'\xA0', u'Ă', u'Â', u'Ê', u'Ô', u'Ơ', u'Ư', u'Đ', u'ă', u'â', u'ê', u'ô', u'ơ', u'ư', u'đ', none,  // 0xA0
   none, none, none, none, none, u'à', u'ả', u'ã', u'á', u'ạ', none, u'ằ', u'ẳ', u'ẵ', u'ắ', none,  // 0xB0
   none, none, none, none, none, none, u'ặ', u'ầ', u'ẩ', u'ẫ', u'ấ', u'ậ', u'è', none, u'ẻ', u'ẽ',  // 0xC0
   u'é', u'ẹ', u'ề', u'ể', u'ễ', u'ế', u'ệ', u'ì', u'ỉ', none, none, none, u'ĩ', u'í', u'ị', u'ò',  // 0xD0
   none, u'ỏ', u'õ', u'ó', u'ọ', u'ồ', u'ổ', u'ỗ', u'ố', u'ộ', u'ờ', u'ở', u'ỡ', u'ớ', u'ợ', u'ù',  // 0xE0
   none, u'ủ', u'ũ', u'ú', u'ụ', u'ừ', u'ử', u'ữ', u'ứ', u'ự', u'ỳ', u'ỷ', u'ỹ', u'ý', u'ỵ', none,  // 0xF0
};

// VISCII (RFC 1456): all 134 letters precomposed, so six capitals take C0 positions no text needs.
constexpr std::array< std::pair< unsigned char, char16_t >, 6 > viscii_c0 = { {
   { 0x02, u'Ẳ' }, { 0x05, u'Ẵ' }, { 0x06, u'Ẫ' }, { 0x14, u'Ỷ' }, { 0x19, u'Ỹ' }, { 0x1E, u'Ỵ' },
} };
constexpr std::array< char16_t, 128 > viscii_0x80 = {
   u'Ạ', u'Ắ', u'Ằ', u'Ặ', u'Ấ', u'Ầ', u'Ẩ', u'Ậ', u'Ẽ', u'Ẹ', u'Ế', u'Ề', u'Ể', u'Ễ', u'Ệ', u'Ố',  // 0x80
   u'Ồ', u'Ổ', u'Ỗ', u'Ộ', u'Ợ', u'Ớ', u'Ờ', u'Ở', u'Ị', u'Ỏ', u'Ọ', u'Ỉ', u'Ủ', u'Ũ', u'Ụ', u'Ỳ',  // 0x90
   u'Õ', u'ắ', u'ằ', u'ặ', u'ấ', u'ầ', u'ẩ', u'ậ', u'ẽ', u'ẹ', u'ế', u'ề', u'ể', u'ễ', u'ệ', u'ố',  // 0xA0
   u'ồ', u'ổ', u'ỗ', u'Ỡ', u'Ơ', u'ộ', u'ờ', u'ở', u'ị', u'Ự', u'Ứ', u'Ừ', u'Ử', u'ơ', u'ớ', u'Ư',  // 0xB0
   u'À', u'Á', u'Â', u'Ã', u'Ả', u'Ă', u'ẳ', u'ẵ', u'È', u'É', u'Ê', u'Ẻ', u'Ì', u'Í', u'Ĩ', u'ỳ',  // 0xC0
   u'Đ', u'ứ', u'Ò', u'Ó', u'Ô', u'ạ', u'ỷ', u'ừ', u'ử', u'Ù', u'Ú', u'ỹ', u'ỵ', u'Ý', u'ỡ', u'ư',  // 0xD0
   u'à', u'á', u'â', u'ã', u'ả', u'ă', u'ữ', u'ẫ', u'è', u'é', u'ê', u'ẻ', u'ì', u'í', u'ĩ', u'ỉ',  // 0xE0
   u'đ', u'ự', u'ò', u'ó', u'ô', u'õ', u'ỏ', u'ọ', u'ụ', u'ù', u'ú', u'ũ', u'ủ', u'ý', u'ợ', u'Ữ',  // 0xF0
};

// VNI-Windows writes a vowel's marks as a byte after it: "Vieät" is "Việt", "Tieáng" "Tiếng". The mark
// bytes, in small-letter form (a capital's are 0x20 lower: "VIEÄT"): five tones; the circumflex alone
// and with each tone; the breve alone and with each tone. The horn is in the vowel: ô is ơ, ö is ư.
constexpr std::array< unsigned char, 17 > vni_marks = {
   0xF9, 0xF8, 0xFB, 0xF5, 0xEF,        // ù acute, ø grave, û hook, õ tilde, ï dot below
   0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4,  // â circumflex; á à å ã ä circumflex and each tone
   0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB,  // ê breve; é è ú ü ë breve and each tone
};
// The vowels a mark byte follows, in small-letter form, and the letter each mark makes of it (none: no
// Vietnamese letter; i takes its tones in single bytes, and ỵ is one too).
constexpr std::array< unsigned char, 7 > vni_vowels = { 'a', 'e', 'o', 0xF4 /* ơ */, 'u', 0xF6 /* ư */, 'y' };
constexpr std::array< std::array< char16_t, 17 >, 7 > vni_letters = { {
   { u'á', u'à', u'ả', u'ã', u'ạ',  u'â', u'ấ', u'ầ', u'ẩ', u'ẫ', u'ậ',  u'ă', u'ắ', u'ằ', u'ẳ', u'ẵ', u'ặ' },  // a
   { u'é', u'è', u'ẻ', u'ẽ', u'ẹ',  u'ê', u'ế', u'ề', u'ể', u'ễ', u'ệ',  none, none, none, none, none, none },  // e
   { u'ó', u'ò', u'ỏ', u'õ', u'ọ',  u'ô', u'ố', u'ồ', u'ổ', u'ỗ', u'ộ',  none, none, none, none, none, none },  // o
   { u'ớ', u'ờ', u'ở', u'ỡ', u'ợ',  none, none, none, none, none, none,  none, none, none, none, none, none },  // ơ
   { u'ú', u'ù', u'ủ', u'ũ', u'ụ',  none, none, none, none, none, none,  none, none, none, none, none, none },  // u
   { u'ứ', u'ừ', u'ử', u'ữ', u'ự',  none, none, none, none, none, none,  none, none, none, none, none, none },  // ư
   { u'ý', u'ỳ', u'ỷ', u'ỹ', none,  none, none, none, none, none, none,  none, none, none, none, none, none },  // y
} };
// Letters VNI writes in one byte of the Latin-1 range (small-letter form; a capital's byte is 0x20 lower).
// í and ì are Latin-1's own.
constexpr std::array< std::pair< unsigned char, char16_t >, 9 > vni_single_letters = { {
   { 0xF1, u'đ' }, { 0xED, u'í' }, { 0xEC, u'ì' }, { 0xE6, u'ỉ' }, { 0xF3, u'ĩ' }, { 0xF2, u'ị' },
   { 0xEE, u'ỵ' }, { 0xF4, u'ơ' }, { 0xF6, u'ư' },
} };

// clang-format on

// The capital of a small Vietnamese letter: Latin-1's are 0x20 before theirs; ă, đ, ĩ, ũ, ơ, ư and the
// letters of Latin Extended Additional (U+1EA0–U+1EF9) come in pairs, the capital first.
constexpr char16_t capital_of( char16_t small )
{
   return small < 0x100 ? static_cast< char16_t >( small - 0x20 ) : static_cast< char16_t >( small - 1 );
}

constexpr byte_table ascii_then_windows_1252()
{
   byte_table t{};
   for( std::size_t b = 0; b < 0x80; ++b ) {
      t[ b ] = static_cast< char16_t >( b );
   }
   for( std::size_t b = 0x80; b < 0xA0; ++b ) {
      t[ b ] = windows_1252_0x80[ b - 0x80 ];
   }
   for( std::size_t b = 0xA0; b < 0x100; ++b ) {
      t[ b ] = static_cast< char16_t >( b );  // Latin-1
   }
   return t;
}

constexpr byte_table tcvn3_table = [] {
   byte_table t = ascii_then_windows_1252();
   for( std::size_t b = 0xA0; b < 0x100; ++b ) {
      t[ b ] = tcvn3_0xA0[ b - 0xA0 ];
   }
   return t;
}();

constexpr byte_table viscii_table = [] {
   byte_table t{};
   for( std::size_t b = 0; b < 0x80; ++b ) {
      t[ b ] = static_cast< char16_t >( b );
   }
   for( const auto& [ b, c ] : viscii_c0 ) {
      t[ b ] = c;
   }
   for( std::size_t b = 0x80; b < 0x100; ++b ) {
      t[ b ] = viscii_0x80[ b - 0x80 ];
   }
   return t;
}();

struct vni_tables {
   byte_table single;                      // a byte read alone (a mark byte: none)
   std::array< std::uint8_t, 256 > vowel;  // 1 + index into vni_vowels, either case; 0: none
   std::array< std::uint8_t, 256 > mark;   // 1 + index into vni_marks, either case; 0: none
   std::array< bool, 256 > capital;        // a vowel byte that is a capital
};

constexpr vni_tables vni = [] {
   vni_tables t{ ascii_then_windows_1252(), {}, {}, {} };
   for( std::size_t i = 0; i < vni_marks.size(); ++i ) {
      t.mark[ vni_marks[ i ] ] = t.mark[ vni_marks[ i ] - 0x20 ] = static_cast< std::uint8_t >( i + 1 );
      t.single[ vni_marks[ i ] ] = t.single[ vni_marks[ i ] - 0x20 ] = none;
   }
   for( std::size_t i = 0; i < vni_vowels.size(); ++i ) {
      t.vowel[ vni_vowels[ i ] ] = t.vowel[ vni_vowels[ i ] - 0x20 ] = static_cast< std::uint8_t >( i + 1 );
      t.capital[ vni_vowels[ i ] - 0x20 ] = true;
   }
   for( const auto& [ b, c ] : vni_single_letters ) {
      t.single[ b ] = c;
      t.single[ b - 0x20 ] = capital_of( c );
   }
   return t;
}();

legacy_character read_vni( const std::string_view bytes, const std::size_t at ) noexcept
{
   const auto b = static_cast< unsigned char >( bytes[ at ] );
   if( vni.vowel[ b ] != 0 && at + 1 < bytes.size() ) {
      // A mark of either case goes on the vowel, whose case the letter takes: the mark's case only sets
      // how high the font draws it, and "Aù" reads as "Á" on the page.
      if( const std::uint8_t mark = vni.mark[ static_cast< unsigned char >( bytes[ at + 1 ] ) ]; mark != 0 ) {
         const char16_t small = vni_letters[ vni.vowel[ b ] - 1u ][ mark - 1u ];
         if( small != none ) {
            return { vni.capital[ b ] ? capital_of( small ) : small, 2, false };
         }
      }
   }
   return { vni.single[ b ], 1, vni.mark[ b ] != 0 };
}

// Whether `name` is `key` (small letters and digits), ignoring case, '-' and '_', as ICU compares converter names.
bool names( const std::string_view name, const std::string_view key ) noexcept
{
   std::size_t k = 0;
   for( const char c : name ) {
      if( c == '-' || c == '_' ) {
         continue;
      }
      const char small = ( c >= 'A' && c <= 'Z' ) ? static_cast< char >( c - 'A' + 'a' ) : c;
      if( k == key.size() || key[ k++ ] != small ) {
         return false;
      }
   }
   return k == key.size();
}

}  // namespace

std::optional< legacy_encoding > legacy_encoding_named( const std::string_view name ) noexcept
{
   if( names( name, "tcvn3" ) || names( name, "tcvn57123" ) ) {
      return legacy_encoding::tcvn3;
   }
   if( names( name, "vni" ) || names( name, "vniwindows" ) ) {
      return legacy_encoding::vni;
   }
   if( names( name, "viscii" ) ) {
      return legacy_encoding::viscii;
   }
   return std::nullopt;
}

std::string_view name_of( const legacy_encoding encoding ) noexcept
{
   switch( encoding ) {
      case legacy_encoding::tcvn3: return "tcvn3";
      case legacy_encoding::vni: return "vni";
      case legacy_encoding::viscii: return "viscii";
   }
   return "unknown";
}

legacy_character read_legacy( const legacy_encoding encoding, const std::string_view bytes, const std::size_t at ) noexcept
{
   const auto b = static_cast< unsigned char >( bytes[ at ] );
   switch( encoding ) {
      case legacy_encoding::tcvn3: return { tcvn3_table[ b ], 1, false };
      case legacy_encoding::viscii: return { viscii_table[ b ], 1, false };
      case legacy_encoding::vni: return read_vni( bytes, at );
   }
   return { none, 1, false };
}

}  // namespace chidao::detail
