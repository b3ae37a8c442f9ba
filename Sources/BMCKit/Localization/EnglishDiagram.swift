extension DiagramLabels {
    /// English: the guiding questions of *Business Model Generation*.
    public static let english = DiagramLabels(
        questions: [
            "customer-segments": "For whom are we creating value? Who are our most important customers?",
            "value-propositions": "What value do we deliver to the customer? Which customer needs are we satisfying?",
            "channels": "Through which channels do our customer segments want to be reached?",
            "customer-relationships": "What type of relationship does each of our customer segments expect us to establish and maintain with them?",
            "revenue-streams": "For what value are our customers really willing to pay?",
            "key-resources": "What key resources do our value propositions require?",
            "key-activities": "What key activities do our value propositions require?",
            "key-partnerships": "Who are our key partners? Who are our key suppliers?",
            "cost-structure": "What are the most important costs inherent in our business model?",
        ],
        phrases: [
            .segmentLegend: "Customer segments", .noSegment: "no segment",
            .noOpenWarnings: "no open warnings", .oneOpenWarning: "1 open warning", .openWarnings: "{n} open warnings",
            .valuePropositionCanvas: "Value Proposition Canvas",
            .valueMap: "Value map", .customerProfile: "Customer profile",
            .productsAndServices: "Products & services", .customerJobs: "Customer jobs",
            .notAddressed: "not addressed", .propositionFor: "{proposition} for {customer}",
            .noProfiles: "No value proposition is for a segment or persona with jobs, pains or gains yet.",
            .arrowLegend: "Arrows", .arrowServes: "the segment it is for, reaches or is paid by", .arrowDelivers: "delivers or makes possible",
            .arrowProvides: "provides", .arrowDrives: "drives the cost", .arrowHappensIn: "happens in the channel",
            .arrowAddresses: "addresses the job, pain or gain", .focusOn: "focused on {item}",
            .job: "Job", .pain: "Pain", .gain: "Gain",
        ])
}
