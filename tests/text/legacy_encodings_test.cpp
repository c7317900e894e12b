// SPDX-License-Identifier: MIT
// chidao's own converters for TCVN3, VNI and VISCII. The VISCII and TCVN3 tables are checked byte for
// byte against glibc's iconv (VISCII, TCVN5712-1 and CP1252: the test says so and skips when this
// machine's iconv lacks one); VNI, which no system converter has, against an encoder written here from
// the scheme (a letter's canonical decomposition, its marks spelled as VNI spells them) over every
// Vietnamese letter, and on real words.
#include "text/legacy_encodings.hpp"

#include <gtest/gtest.h>
#include <iconv.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cerrno>
#include <optional>
#include <string>
#include <vector>

#include "chidao/error.hpp"
#include "text/decode.hpp"
#include "text/readable.hpp"

using chidao::detail::decode;

namespace {

std::string decoded( const std::string& bytes, const std::string& encoding )
{
   return decode( bytes, false, "x", encoding ).utf8;
}

// Text as a VNI or TCVN3 file shows when read as Latin-1 ("Vieät Nam"), as its bytes.
std::string latin1( const std::string& utf8 )
{
   const icu::UnicodeString u = icu::UnicodeString::fromUTF8( utf8 );
   std::string out;
   for( int32_t i = 0; i < u.length(); ++i ) {
      EXPECT_LT( u.charAt( i ), 0x100 ) << utf8;
      out += static_cast< char >( u.charAt( i ) );
   }
   return out;
}

// glibc's iconv reading `bytes` in `charset`, as UTF-8; none when iconv refuses them (a byte the
// charset does not define).
class glibc_iconv {
public:
   explicit glibc_iconv( const char* charset ) : cd_( iconv_open( "UTF-8", charset ) ) {}
   ~glibc_iconv()
   {
      if( available() ) {
         iconv_close( cd_ );
      }
   }
   glibc_iconv( const glibc_iconv& ) = delete;
   glibc_iconv& operator=( const glibc_iconv& ) = delete;

   [[nodiscard]] bool available() const { return cd_ != reinterpret_cast< iconv_t >( -1 ); }

   std::optional< std::string > operator()( std::string bytes ) const
   {
      iconv( cd_, nullptr, nullptr, nullptr, nullptr );
      char out[ 64 ];
      char* in = bytes.data();
      std::size_t in_left = bytes.size();
      char* to = out;
      std::size_t to_left = sizeof( out );
      if( iconv( cd_, &in, &in_left, &to, &to_left ) == static_cast< std::size_t >( -1 ) ||
          iconv( cd_, nullptr, nullptr, &to, &to_left ) == static_cast< std::size_t >( -1 ) ) {  // flush a held base letter
         return std::nullopt;
      }
      return std::string( out, static_cast< std::size_t >( to - out ) );
   }

private:
   iconv_t cd_;
};

std::optional< std::string > ours( unsigned char b, const std::string& encoding )
{
   try {
      return decoded( std::string( 1, static_cast< char >( b ) ), encoding );
   }
   catch( const chidao::error& e ) {
      EXPECT_EQ( e.code(), chidao::errc::invalid_encoding );
      return std::nullopt;
   }
}

std::string show( const std::optional< std::string >& s )
{
   return s ? "\"" + *s + "\"" : "(not a character)";
}

// A capital letter with a tone mark, or a combining mark: what VN1 has and VN3 (TCVN3) has not.
bool vn1_only( const std::string& utf8 )
{
   UErrorCode status = U_ZERO_ERROR;
   const icu::UnicodeString nfd = icu::Normalizer2::getNFDInstance( status )->normalize( icu::UnicodeString::fromUTF8( utf8 ), status );
   bool tone = false;
   for( int32_t i = 0; i < nfd.length(); ++i ) {
      const UChar c = nfd.charAt( i );
      tone = tone || c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
   }
   const UChar32 first = icu::UnicodeString::fromUTF8( utf8 ).char32At( 0 );
   return u_getCombiningClass( first ) != 0 || ( u_isupper( first ) && tone );
}

}  // namespace

TEST( legacy_encodings, viscii_is_glibc_iconvs_viscii_for_all_256_bytes )
{
   const glibc_iconv reference( "VISCII" );
   if( !reference.available() ) {
      GTEST_SKIP() << "this machine's iconv has no VISCII: the VISCII table is not compared with it";
   }
   int compared = 0;
   for( int b = 0; b < 256; ++b ) {
      const auto expected = reference( std::string( 1, static_cast< char >( b ) ) );
      ASSERT_TRUE( expected.has_value() ) << "glibc's VISCII defines every byte";
      EXPECT_EQ( show( ours( static_cast< unsigned char >( b ), "viscii" ) ), show( expected ) ) << "byte " << b;
      ++compared;
   }
   EXPECT_EQ( compared, 256 );
}

// TCVN3 is VN3 of TCVN 5712:1993; glibc's TCVN5712-1 is VN1, its superset with capitals with tones on
// 0x01–0x17, 0x80–0x9F and 21 places VN3 leaves empty. Every byte is compared: with TCVN5712-1 where VN3
// is VN1 (ASCII and 75 characters), with CP1252 on 0x80–0x9F (see legacy_encodings.cpp), and the rest
// must be what VN3 lacks: an ASCII control where VN1 has a capital, no character where VN1 has a capital
// with a tone or a combining mark.
TEST( legacy_encodings, tcvn3_is_glibc_iconvs_tcvn5712_1_where_vn3_is_vn1_and_cp1252_on_0x80_to_0x9f )
{
   const glibc_iconv vn1( "TCVN5712-1" );
   const glibc_iconv cp1252( "CP1252" );
   if( !vn1.available() || !cp1252.available() ) {
      GTEST_SKIP() << "this machine's iconv lacks TCVN5712-1 or CP1252: the TCVN3 table is not compared with it";
   }
   int same_as_vn1 = 0, controls = 0, as_cp1252 = 0, holes = 0;
   for( int b = 0; b < 256; ++b ) {
      const auto byte = static_cast< unsigned char >( b );
      const auto mine = ours( byte, "tcvn3" );
      const auto in_vn1 = vn1( std::string( 1, static_cast< char >( b ) ) );
      ASSERT_TRUE( in_vn1.has_value() ) << "VN1 defines every byte";
      if( b >= 0x80 && b < 0xA0 ) {
         EXPECT_EQ( show( mine ), show( cp1252( std::string( 1, static_cast< char >( b ) ) ) ) ) << "byte " << b;
         ++as_cp1252;
      }
      else if( b < 0x20 && *in_vn1 != std::string( 1, static_cast< char >( b ) ) ) {
         EXPECT_EQ( show( mine ), show( std::string( 1, static_cast< char >( b ) ) ) ) << "byte " << b << ": VN3 keeps the control";
         ++controls;
      }
      else if( b >= 0xA0 && vn1_only( *in_vn1 ) ) {
         EXPECT_EQ( show( mine ), show( std::nullopt ) ) << "byte " << b << ": " << *in_vn1 << " is VN1's only";
         ++holes;
      }
      else {
         EXPECT_EQ( show( mine ), show( in_vn1 ) ) << "byte " << b;
         ++same_as_vn1;
      }
   }
   EXPECT_EQ( controls, 12 );      // 0x01 0x02 0x04–0x06 0x11–0x17
   EXPECT_EQ( as_cp1252, 32 );     // five of them no character, as in CP1252
   EXPECT_EQ( holes, 21 );         // 16 capitals with tones, 5 combining marks
   EXPECT_EQ( same_as_vn1, 191 );  // 116 of ASCII, the no-break space, 7 capitals, 67 small letters
}

namespace {

// Every Vietnamese letter with a diacritic, small and capital: twelve vowels, each bare (unless
// ASCII) and with each of five tones, and đ; 67 of each case.
std::vector< std::string > vietnamese_letters()
{
   const std::vector< std::string > vowels = { "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y" };
   const std::vector< std::string > tones = { "", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323" };
   UErrorCode status = U_ZERO_ERROR;
   const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance( status );
   std::vector< std::string > out;
   for( const bool capital : { false, true } ) {
      for( const auto& v : vowels ) {
         for( const auto& t : tones ) {
            if( v.size() == 1 && t.empty() ) {
               continue;
            }
            icu::UnicodeString u = nfc->normalize( icu::UnicodeString::fromUTF8( v + t ), status );
            if( capital ) {
               u.toUpper();
            }
            std::string letter;
            u.toUTF8String( letter );
            out.push_back( letter );
         }
      }
      out.push_back( capital ? "Đ" : "đ" );
   }
   return out;
}

// VNI as its scheme is documented, written from a letter's canonical decomposition: the base letter
// (ơ as ô, ư as ö, đ as ñ), then one byte for its circumflex or breve with its tone; i takes its tones
// in one byte (í ì æ ó ò), and ỵ is î. A capital's bytes above 0x7F are 0x20 lower than a small one's.
std::string vni_of( const std::string& letter )
{
   UErrorCode status = U_ZERO_ERROR;
   icu::UnicodeString nfd = icu::Normalizer2::getNFDInstance( status )->normalize( icu::UnicodeString::fromUTF8( letter ), status );
   const bool capital = u_isupper( nfd.char32At( 0 ) );
   nfd.toLower();
   const UChar base = nfd.charAt( 0 );
   UChar modifier = 0, tone = 0;
   for( int32_t i = 1; i < nfd.length(); ++i ) {
      const UChar c = nfd.charAt( i );
      ( c == 0x0302 || c == 0x0306 || c == 0x031B ? modifier : tone ) = c;
   }
   const auto tone_index = [ & ] {
      const std::u16string order = u"\u0301\u0300\u0309\u0303\u0323";
      return tone == 0 ? 0 : 1 + static_cast< int >( order.find( static_cast< char16_t >( tone ) ) );
   }();
   std::string bytes;
   if( base == 0x0111 ) {  // đ
      bytes = "\xF1";
   }
   else if( base == 'i' ) {
      bytes = std::string( 1, "i\xED\xEC\xE6\xF3\xF2"[ tone_index ] );
   }
   else if( base == 'y' && tone == 0x0323 ) {
      bytes = "\xEE";
   }
   else {
      bytes = modifier == 0x031B ? ( base == 'o' ? "\xF4" : "\xF6" ) : std::string( 1, static_cast< char >( base ) );
      const char* const tone_alone = "\0\xF9\xF8\xFB\xF5\xEF";
      const char* const with_circumflex = "\xE2\xE1\xE0\xE5\xE3\xE4";
      const char* const with_breve = "\xEA\xE9\xE8\xFA\xFC\xEB";
      if( modifier == 0x0302 ) {
         bytes += with_circumflex[ tone_index ];
      }
      else if( modifier == 0x0306 ) {
         bytes += with_breve[ tone_index ];
      }
      else if( tone != 0 ) {
         bytes += tone_alone[ tone_index ];
      }
   }
   if( capital ) {
      for( char& c : bytes ) {
         const auto b = static_cast< unsigned char >( c );
         c = static_cast< char >( b >= 0xC0 || ( b >= 'a' && b <= 'z' ) ? b - 0x20 : b );
      }
   }
   return bytes;
}

}  // namespace

TEST( legacy_encodings, vni_reads_every_vietnamese_letter_as_its_scheme_writes_it )
{
   const std::vector< std::string > letters = vietnamese_letters();
   ASSERT_EQ( letters.size(), 134u );
   std::string all_letters, all_bytes;
   for( const std::string& letter : letters ) {
      const std::string bytes = vni_of( letter );
      EXPECT_EQ( decoded( bytes, "vni" ), letter ) << "VNI bytes of " << letter;
      all_letters += letter;
      all_bytes += bytes;
   }
   EXPECT_EQ( decoded( all_bytes, "vni" ), all_letters );  // one after another, each letter its own
}

TEST( legacy_encodings, vni_reads_real_words )
{
   EXPECT_EQ( decoded( latin1( "Vieät Nam" ), "vni" ), "Việt Nam" );
   EXPECT_EQ( decoded( latin1( "Tieáng Vieät" ), "vni" ), "Tiếng Việt" );
   EXPECT_EQ( decoded( latin1( "VIEÄT NAM" ), "vni" ), "VIỆT NAM" );
   EXPECT_EQ( decoded( latin1( "Thöù nhaát, Thöù hai" ), "vni" ), "Thứ nhất, Thứ hai" );
   EXPECT_EQ( decoded( latin1( "Thuû töôùng Nguyeãn Taán Duõng" ), "vni" ), "Thủ tướng Nguyễn Tấn Dũng" );
   EXPECT_EQ( decoded( latin1( "Boä tröôûng ñeà nghò UÛy ban quyeát ñònh" ), "vni" ), "Bộ trưởng đề nghị Ủy ban quyết định" );
   EXPECT_EQ( decoded( latin1( "Ñaø Naüng, Thaønh phoá Hoà Chí Minh, Ñaûng" ), "vni" ), "Đà Nẵng, Thành phố Hồ Chí Minh, Đảng" );
   EXPECT_EQ( decoded( latin1( "THÖÙ NHAÁT, ÑAÛNG" ), "vni" ), "THỨ NHẤT, ĐẢNG" );
   EXPECT_EQ( decoded( "\x93" + latin1( "Vieät" ) + "\x94 \x96 A\x85", "vni" ), "“Việt” – A…" );  // Windows' quotes and dashes
}

TEST( legacy_encodings, vni_takes_a_mark_of_either_case_and_gives_the_vowels_case )
{
   EXPECT_EQ( decoded( latin1( "Aù aÙ VIEäT" ), "vni" ), "Á á VIỆT" );
}

TEST( legacy_encodings, a_vni_letter_maps_to_its_two_bytes )
{
   // "Vi", then "eä" (bytes 2 and 3) is "ệ", then "t".
   const chidao::detail::readable_text text( latin1( "Vieät Nam" ), "x", "vni" );
   EXPECT_EQ( text.utf8(), "Việt Nam" );
   EXPECT_EQ( text.between( 0, 2 ), "Vi" );
   EXPECT_EQ( text.between( 2, 4 ), "ệ" );
   EXPECT_EQ( text.between( 4, 9 ), "t Nam" );
   EXPECT_EQ( text.from_input( 3 ), 2u );  // inside the letter: its start
   EXPECT_EQ( text.to_input( 2 ), 2u );
   EXPECT_EQ( text.to_input( 5 ), 4u );  // after "ệ" (3 bytes of UTF-8): "t", the input's byte 4
}

TEST( legacy_encodings, tcvn3_and_viscii_read_real_words )
{
   // TCVN3 has no capital with a tone: ABC text writes one with the small letter, in a capitals font.
   EXPECT_EQ( decoded( latin1( "Thø nhÊt, Thø hai. Bé tr\u00ADëng ®Ò nghÞ" ), "tcvn3" ), "Thứ nhất, Thứ hai. Bộ trưởng đề nghị" );
   EXPECT_EQ( decoded( latin1( "§µ N½ng" ), "tcvn3" ), "Đà Nẵng" );
   EXPECT_EQ( decoded( "\x93" + latin1( "ViÖt" ) + "\x94", "tcvn3" ), "“Việt”" );
   EXPECT_EQ( decoded( latin1( "Vi\u00AEt Nam, " ) + "\x9C" + "y ban", "viscii" ), "Việt Nam, Ủy ban" );
}

TEST( legacy_encodings, an_undefined_byte_is_an_error_at_its_offset_line_and_column )
{
   try {
      // Line 2 (from byte 11) holds "Việt " in VNI (six bytes, five characters), then 0x81, a hole in Windows-1252.
      (void)decode( latin1( "Thöù nhaát\nVieät " ) + "\x81", false, "old.txt", "vni" );
      FAIL() << "no error";
   }
   catch( const chidao::error& e ) {
      EXPECT_EQ( e.code(), chidao::errc::invalid_encoding );
      EXPECT_EQ( e.where().byte, 17u );
      EXPECT_EQ( e.where().line, 2u );
      EXPECT_EQ( e.where().column, 6u );
      EXPECT_STREQ( e.what(), "old.txt:2:6: byte 0x81 at offset 17 is not a character in vni" );
   }
   try {
      (void)decode( latin1( "ViÖt\u00B0" ), false, "old.txt", "TCVN3" );  // a VN1 combining mark
      FAIL() << "no error";
   }
   catch( const chidao::error& e ) {
      EXPECT_EQ( e.message(), "byte 0xB0 at offset 4 is not a character in tcvn3" );
      EXPECT_EQ( e.where().column, 5u );
   }
}

TEST( legacy_encodings, a_vni_mark_after_no_vowel_it_goes_on_is_an_error )
{
   for( const std::string& text : { latin1( "ù" ), latin1( "iù" ), latin1( "a ù" ), latin1( "uâ" ), latin1( "yï" ), latin1( "oê" ) } ) {
      try {
         (void)decode( text, false, "x", "vni" );
         ADD_FAILURE() << "no error for " << text;
      }
      catch( const chidao::error& e ) {
         EXPECT_NE( std::string( e.message() ).find( "a VNI tone or vowel mark, which follows the vowel it goes on" ), std::string::npos )
            << e.message();
      }
   }
}

TEST( legacy_encodings, lenient_replaces_each_undefined_byte_with_u_fffd_and_records_where )
{
   const auto d = decode( latin1( "iù a" ) + "\x81\x8D" + latin1( "Vieät" ), true, "x", "vni" );
   EXPECT_EQ( d.utf8, "i\xEF\xBF\xBD a\xEF\xBF\xBD\xEF\xBF\xBDViệt" );
   ASSERT_EQ( d.replaced.size(), 2u );
   EXPECT_EQ( d.replaced[ 0 ].begin, 1u );
   EXPECT_EQ( d.replaced[ 0 ].end, 2u );
   EXPECT_EQ( d.replaced[ 1 ].begin, 4u );
   EXPECT_EQ( d.replaced[ 1 ].end, 6u );
   EXPECT_EQ( d.replaced[ 1 ].sequences, 2u );
   EXPECT_TRUE( d.converted );
}

TEST( legacy_encodings, are_named_as_icu_names_converters )
{
   using chidao::detail::legacy_encoding;
   using chidao::detail::legacy_encoding_named;
   EXPECT_EQ( legacy_encoding_named( "TCVN3" ), legacy_encoding::tcvn3 );
   EXPECT_EQ( legacy_encoding_named( "tcvn5712-3" ), legacy_encoding::tcvn3 );
   EXPECT_EQ( legacy_encoding_named( "VNI-Windows" ), legacy_encoding::vni );
   EXPECT_EQ( legacy_encoding_named( "vni_windows" ), legacy_encoding::vni );
   EXPECT_EQ( legacy_encoding_named( "viscii" ), legacy_encoding::viscii );
   EXPECT_FALSE( legacy_encoding_named( "tcvn" ).has_value() );  // glibc's TCVN is VN1, another encoding
   EXPECT_FALSE( legacy_encoding_named( "vn" ).has_value() );
   EXPECT_FALSE( legacy_encoding_named( "vnix" ).has_value() );
   EXPECT_FALSE( legacy_encoding_named( "" ).has_value() );
   EXPECT_THROW( (void)decode( "a", false, "x", "tcvn" ), chidao::error );  // and ICU has none of that name
}
