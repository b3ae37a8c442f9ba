import BMCKit
import Testing

/// After a line with bad indentation the reader skips what belongs to it and goes
/// on, so that later errors are still reported (section 4: "several errors are
/// reported in one run") and no input can crash it.
@Suite("Reader: recovery after bad indentation")
struct ReaderRecoveryTests {
    @Test func overIndentedLineBetweenEntries() {
        #expect(readingProblems("a:\n    b: 1\n  c: 2\nd: 3\n") == ["3:3 bad-indentation"])
    }

    @Test func overIndentedSequenceItemBetweenEntries() {
        #expect(readingProblems("a:\n    - x\n  - y\nb: 1\n") == ["3:3 bad-indentation"])
    }

    @Test func sequenceItemWhereAKeyWasExpected() {
        #expect(readingProblems("a: 1\n- x\nb: 2\n") == ["2:1 syntax"])
    }

    @Test func overIndentedTextAfterABlockScalar() {
        #expect(readingProblems("a: |\n    x\n  y\nb: c\n") == ["3:3 bad-indentation"])
    }

    // These once crashed the reader (index out of range in Reader.readKey).
    @Test func overIndentedLastLineDoesNotCrash() {
        // A misaligned last line, as a workshop edit easily leaves it.
        #expect(problems("name: Acme\ncustomer-segments:\n  - id: shops\n  name: Shops") == ["4:3 bad-indentation"])
        #expect(readingProblems("a:\n    b: 1\n  c: 2\n") == ["3:3 bad-indentation"])
        #expect(readingProblems("a:\n    - x\n  - y\n") == ["3:3 bad-indentation"])
        #expect(readingProblems("a: 1\n- x\n") == ["2:1 syntax"])
        #expect(readingProblems("k3:\n   -\n  - x\n") == ["3:3 bad-indentation"])
        #expect(readingProblems("name: x\nnotes: >\n    long text\n  more\n") == ["4:3 bad-indentation"])
        #expect(readingProblems("name: x\nnotes: >\n    long text\n  more\n# end\n\n") == ["4:3 bad-indentation"])
    }

    @Test func errorsAfterSkippingAnOverIndentedLine() {
        // The second 'e' is read as the key "  e": no duplicate-key.
        #expect(readingProblems("a:\n  e: 0\n  b:\n      c: 1\n    d: 2\n  e: 3\n")
            == ["5:5 bad-indentation", "6:3 duplicate-key"])
        // The '? e' is reported as "expected 'key: value'" at column 1.
        #expect(readingProblems("a:\n  b:\n      c: 1\n    d: 2\n  ? e\n")
            == ["4:5 bad-indentation", "5:3 complex-key"])
    }
}
