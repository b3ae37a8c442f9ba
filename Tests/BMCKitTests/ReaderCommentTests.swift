import BMCKit
import Testing

/// Section 1.1 accepts full-line and trailing comments anywhere; the reader keeps
/// every one as trivia beside what it was written beside, for `fmt` (section 6).
/// All tree walking is in `commentTexts` (TestSupport.swift).
@Suite("Reader: comments")
struct ReaderCommentTests {
    @Test func commentBeforeTheFirstKey() {
        #expect(comments("# Acme canvas\nname: Acme\n") == ["before name: # Acme canvas"])
    }

    @Test func commentsBetweenEntries() {
        let text = """
            name: Acme
            # first
            # second
            notes: x

            """
        #expect(comments(text) == ["before notes: # first", "before notes: # second"])
    }

    @Test func trailingCommentAfterAValue() {
        #expect(comments("name: Acme  # after a value\n") == ["after name: # after a value"])
        #expect(comments("a: 'x' # q\nb: \"y\" # d\nc: [p, q] # f\n") == ["after a: # q", "after b: # d", "after c: # f"])
    }

    @Test func trailingCommentAfterAKeyWithANestedBlock() {
        let text = """
            needs:  # what they need
              - x

            """
        #expect(comments(text) == ["after needs: # what they need"])
    }

    @Test func commentAfterABlockScalarHeader() {
        #expect(comments("a: |  # kept\n  text\n") == ["after a: # kept"])
    }

    @Test func hashLinesInsideABlockScalarAreNotComments() {
        #expect(comments("a: |\n  # text\n  more\nb: c\n") == [])
    }

    @Test func hashWithoutASpaceBeforeItIsText() {
        #expect(comments("name: Shop#1\n") == [])
    }

    @Test func commentOnTheLineOfAValueWrittenBelowItsKey() {
        #expect(comments("notes:\n  on its own line  # why\n") == ["line of notes: # why"])
    }

    @Test func commentsInsideSequences() {
        let text = """
            needs:
              # before x
              - x  # after x
              # between
              - y

            """
        #expect(comments(text) == ["before needs[0]: # before x", "after needs[0]: # after x", "before needs[1]: # between"])
    }

    @Test func commentOnTheDashLineOfAMappingBelongsToItsFirstEntry() {
        let text = """
            segments:
              - id: a  # why a
                name: A
              - # alone
                id: b

            """
        #expect(comments(text) == ["after segments[0].id: # why a", "after segments[1]: # alone"])
    }

    @Test func commentsAtTheEndOfNestedBlocksGoToTheBlockTheyAreIndentedWith() {
        let text = """
            customer-segments:
              - id: a
                needs:
                  - x
                  # end of needs
                # end of the segment
              # end of the list
            # before version
            version: 2

            """
        #expect(comments(text) == [
            "end of customer-segments[0].needs: # end of needs",
            "end of customer-segments[0]: # end of the segment",
            "end of customer-segments: # end of the list",
            "before version: # before version",
        ])
    }

    @Test func commentsAtTheEndOfTheFile() {
        let text = """
            a:
              b: 1
              # closes a
            # closes the file

            """
        #expect(comments(text) == ["end of a: # closes a", "end of top level: # closes the file"])
    }

    @Test func commentsOfAFileWithoutContent() {
        #expect(comments("# one\n\n# two\n") == ["start of document: # one", "start of document: # two"])
    }

    @Test func commentsAroundTheDocumentStartMarker() {
        #expect(comments("# top\n--- # marker\nname: x\n") == ["before name: # top", "before name: # marker"])
    }

    @Test func commentTextIsTrimmedAndHasNoLineEnd() {
        #expect(comments("a: x  # crlf   \r\nb:\r\n  - y # two\r\n") == ["after a: # crlf", "after b[0]: # two"])
    }

    @Test func blankLinesAreKept() {
        let text = """
            name: x


            # why
            notes: y
            list:
              - a

              - b

            """
        #expect(comments(text, blankLines: true) == [
            "blank line before notes", "before notes: # why", "blank line before list[1]",
        ])
    }

    @Test func everyCommentOfAFullCanvasIsKept() {
        let text = """
            # before the first key
            name: Acme  # after a value
            # between entries

            notes:
              plain on its own line  # line comment
            customer-segments:  # after key with nested block
              # before the first item
              - id: a  # after id
                needs:
                  - x  # after item x
                  # between items
                  - y
                  # end of needs
                # end of the segment mapping
              # end of the segments list
            # before authors
            authors: [a, b]  # after flow
            description: |  # after block header
              text
              # not a comment
            # at the end of file

            """
        #expect(comments(text) == [
            "before name: # before the first key",
            "after name: # after a value",
            "before notes: # between entries",
            "line of notes: # line comment",
            "after customer-segments: # after key with nested block",
            "before customer-segments[0]: # before the first item",
            "after customer-segments[0].id: # after id",
            "after customer-segments[0].needs[0]: # after item x",
            "before customer-segments[0].needs[1]: # between items",
            "end of customer-segments[0].needs: # end of needs",
            "end of customer-segments[0]: # end of the segment mapping",
            "end of customer-segments: # end of the segments list",
            "before authors: # before authors",
            "after authors: # after flow",
            "after description: # after block header",
            "end of top level: # at the end of file",
        ])
    }

    @Test func commentsDoNotChangeTheTree() {
        let withComments = "# c\nname: x # c\nneeds: # c\n  # c\n  - a # c\n  # c\n# c\n"
        #expect(tree(withComments) == tree("name: x\nneeds:\n  - a\n"))
    }
}
