package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParticipantMatcherTest {

    private final ParticipantMatcher matcher = new ParticipantMatcher(List.of(
            new ParticipantMatcher.Candidate(1, "山田 太郎", "taro@example.org"),
            new ParticipantMatcher.Candidate(2, "ヤマダ ハナコ", "hanako@example.org"),
            new ParticipantMatcher.Candidate(3, "Taro Sato", "sato@example.org"),
            new ParticipantMatcher.Candidate(4, "鈴木 一郎", "ichiro@a.example.org"),
            new ParticipantMatcher.Candidate(5, "鈴木一郎", "ichiro@b.example.org")));

    private Optional<ParticipantMatcher.Match> match(String name, String email) {
        return matcher.match(name, email);
    }

    @Test
    void emailFirstWhateverTheNameSays() {
        assertEquals(Optional.of(new ParticipantMatcher.Match(1, MatchedBy.EMAIL)), match("iPhone", " Taro@Example.ORG "));
    }

    @Test
    void namesMatchAcrossWidthSpacesKanaScriptAndWordOrder() {
        assertEquals(Optional.of(new ParticipantMatcher.Match(1, MatchedBy.NAME)), match("山田　太郎", null));
        assertEquals(Optional.of(new ParticipantMatcher.Match(2, MatchedBy.NAME)), match("ﾔﾏﾀﾞ ﾊﾅｺ", null), "half-width kana");
        assertEquals(Optional.of(new ParticipantMatcher.Match(2, MatchedBy.NAME)), match("やまだ はなこ", null), "hiragana");
        assertEquals(Optional.of(new ParticipantMatcher.Match(3, MatchedBy.NAME)), match("Sato, Taro", null), "family, given");
        assertEquals(Optional.of(new ParticipantMatcher.Match(3, MatchedBy.NAME)), match("ＴＡＲＯ　ＳＡＴＯ", "guest@other.example"),
                "an unknown address falls back to the name");
    }

    @Test
    void aBracketedRemarkOrAnOriginalNameInBracketsStillMatches() {
        assertEquals(1L, match("山田 太郎（ひまわり作業所）", null).orElseThrow().participantId());
        assertEquals(1L, match("Taro (山田太郎)", null).orElseThrow().participantId(), "Zoom's Name (Original Name)");
    }

    @Test
    void aNameTwoParticipantsShareOrNobodyHasIsLeftToStaff() {
        assertTrue(match("鈴木 一郎", null).isEmpty(), "two 鈴木一郎: staff decide");
        assertTrue(match("iPhone", null).isEmpty());
        assertTrue(match("", null).isEmpty());
        assertTrue(match("山田", null).isEmpty(), "a family name alone is not enough");
    }
}
