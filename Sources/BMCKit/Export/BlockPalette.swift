/// The colours of the blocks on the map: light tints that print well in colour and
/// grey, in poster order (row by row), the infrastructure in greens and blues, the
/// value propositions yellow, the customers in reds and violets.
enum BlockPalette {
    private static let tints = ["#E8EEF7", "#E6F2EA", "#FFF4D6", "#FBE7E1", "#EAE6F5", "#EEF5E1", "#F7E6EE",
                                "#EDEDED", "#E2F1F4"]

    static func color(of block: Block) -> String {
        tints[Block.posterOrder.firstIndex(of: block) ?? 0]
    }
}
