#!/usr/bin/env python3
"""Generates large, coherent canvases for the `bmc` benchmarks.

    python3 Benchmarks/generate_canvas.py --megabytes 15 --seed 1 > big.canvas.yaml
    python3 Benchmarks/generate_canvas.py --count 2000 --seed 1 > big.canvas.yaml
    python3 Benchmarks/generate_canvas.py --folder DIR --files 500 --seed 1

Every canvas is valid under docs/format.md and free of its warnings: each segment has
one persona, its own value proposition (whose remedies address the persona's pains and
gains by id), a channel, a relationship of a type the persona prefers (personal or
dedicated care for `client` segments) and a revenue stream; key resources, activities,
partnerships and costs are sprinkled in between. All ids are unique, priorities run
from 1 to N. The text mixes plain, quoted and block scalars, comments, flow and block
lists and non-ASCII letters, so that reading it exercises the whole reader.

The output depends only on the arguments: the same seed gives the same bytes.
"""

import argparse
import os
import random
import re
import sys
import unicodedata

# Schema words, as spelled in the format.
SEGMENT_TYPES = ["mass-market", "niche-market", "segmented", "diversified", "multi-sided-platform"]
GROWTH = ["shrinking", "stable", "growing", "booming"]
LEVELS = ["low", "medium", "high"]
ELEMENTS = ["newness", "performance", "customization", "getting-the-job-done", "design",
            "brand-status", "price", "cost-reduction", "risk-reduction", "accessibility",
            "convenience-usability"]
RELATIONSHIP_TYPES = ["personal", "dedicated", "self-service", "automated", "community", "co-creation"]
PERSONAL_CARE = ["personal", "dedicated"]
GOALS = ["acquisition", "retention", "boosting-sales"]
CADENCES = ["continuous", "daily", "weekly", "monthly", "quarterly", "yearly", "on-demand"]
PHASES = ["awareness", "evaluation", "purchase", "delivery", "after-sales"]
RESOURCE_TYPES = ["physical", "intellectual", "human", "financial"]
ACTIVITY_TYPES = ["production", "problem-solving", "platform-network"]
PARTNERSHIP_TYPES = ["strategic-alliance", "coopetition", "joint-venture", "buyer-supplier"]
MOTIVATIONS = ["optimization", "risk-reduction", "acquisition"]

# Revenue type -> (pricing mechanisms that suit it, recurring, periods).
REVENUE = {
    "asset-sale": (["list-price", "volume", "negotiation", "product-feature"], "false", ["once"]),
    "usage-fee": (["list-price", "yield-management", "real-time-market", "volume"], "false", ["once"]),
    "subscription": (["list-price", "product-feature", "segment"], "true", ["month", "quarter", "year"]),
    "lending": (["list-price", "yield-management", "segment"], "true", ["month", "quarter"]),
    "licensing": (["negotiation", "segment", "product-feature"], "true", ["year"]),
    "brokerage": (["negotiation", "auction", "volume"], "false", ["once"]),
    "advertising": (["auction", "real-time-market", "volume"], "true", ["month"]),
}

# Vocabulary. Names used for derived ids fold to ASCII (é, ã, ñ, ç ... only).
PLACES = [("Lisboa", "EUR"), ("São Paulo", "BRL"), ("Bogotá", "COP"), ("Málaga", "EUR"),
          ("Porto", "EUR"), ("Córdoba", "ARS"), ("Curitiba", "BRL"), ("Valparaíso", "CLP"),
          ("Medellín", "COP"), ("Coimbra", "EUR"), ("Belém", "BRL"), ("Cádiz", "EUR"),
          ("Florianópolis", "BRL"), ("Logroño", "EUR"), ("Asunción", "PYG"), ("Brasília", "BRL"),
          ("Guimarães", "EUR"), ("A Coruña", "EUR"), ("Mérida", "MXN"), ("Ñuñoa", "CLP"),
          ("Montréal", "CAD"), ("Zürich", "CHF"), ("Querétaro", "MXN"), ("Viña del Mar", "CLP")]
ADJECTIVES = ["Growing", "Budget-conscious", "Time-poor", "Tech-savvy", "Traditional", "Seasonal",
              "Premium", "First-time", "Rural", "Downtown", "Family-run", "Eco-minded"]
SEGMENT_NOUNS = ["independent bakeries", "hotels", "freelance translators", "urban cyclists",
                 "dental clinics", "craft breweries", "language schools", "organic farmers",
                 "wedding planners", "coworking spaces", "municipal libraries", "vintage shops",
                 "yoga studios", "food trucks", "wineries", "café owners", "ceramic artists",
                 "tutoring agencies", "pet groomers", "bike couriers", "açaí stands", "piñata makers"]
FIRST_NAMES = ["María", "João", "Inês", "Tomás", "Lucía", "Conceição", "Begoña", "Andrés", "Zoë",
               "Raúl", "Sebastião", "Núria", "Íñigo", "Valéria", "Ángela", "Joaquín", "Ana", "Luis"]
SURNAMES = ["Gómez", "Conceição", "Muñoz", "Araújo", "Peña", "Simões", "Ibáñez", "Fernández",
            "Magalhães", "Castaño", "Silva", "Ortiz"]
ROLE_TITLES = ["café owner", "head chef", "office manager", "procurement lead", "founder",
               "head of operations", "studio owner", "store manager", "bookkeeper"]
ROLES = ["Runs the front of house and orders supplies every Monday.",
         "Signs every purchase above a few hundred euros.",
         "Works alone, mostly from a laptop, often late at night.",
         "Manages a team of six and hates surprises.",
         "Inherited the business from her father and is modernising it.",
         "Decides fast, but only after asking two friends.",
         "Compares prices on the phone while standing in the shop.",
         "Juggles two part-time jobs and a small online store."]
OBJECTS = ["coffee beans", "linen", "spare parts", "packaging", "flour", "wine", "cleaning supplies",
           "software licences", "printer toner", "fresh produce", "café crème", "piñatas",
           "açaí pulp", "guitar strings", "ceramic glaze", "bike tyres", "dog shampoo", "jamón"]
WHO = ["large clients", "the town hall", "tourists", "regulars", "the bank", "the landlord"]
JOBS = ["keep the {o} stocked for the weekend rush", "plan next month's {o} budget",
        "train new staff to handle {o}", "compare suppliers of {o}", "get paid on time by {w}",
        "file the quarterly taxes without an accountant", "win back {w} after a bad season",
        "find {o} that fit a small storage room", "answer {w} in their own language"]
PAINS = ["Late deliveries of {o} in peak season", "Hidden fees in every {o} contract",
         "Evenings lost to paperwork: invoices, receipts, tax forms",
         "Suppliers who only answer the phone", "Prices for {o} change without warning",
         "Order #{n} of {o} arrived damaged", "Minimum orders too big for a small shop",
         "Não há tempo para comparar preços", "No sé qué proveedor es fiable",
         "* Always * the same excuse from {w}", "Being treated as \"just a small account\""]
GAINS = ["Knowing exactly when the {o} arrive", "More time with the family on Sundays",
         "A {n}% lower bill for {o}", "Looking professional in front of {w}",
         "Reviews that say 'great service'", "Menos estrés al final del mes",
         "Ganhar a confiança de {w}", "Trying new {o} without a big commitment",
         "Cash in the account before the rent is due"]
QUOTES = ["I pay for reliability, not for the cheapest {o}.", "Just tell me when it arrives.",
          "If {w} are happy, I am happy.", "Don't make me call you twice.",
          "Sem surpresas, por favor.", "Lo barato sale caro.", "Ask me again after Christmas: now I'm busy."]
PRODUCTS = ["{o} subscription box", "same-day {o} delivery", "{o} starter kit",
            "monthly {o} report", "on-site {o} workshop", "refill service for {o}",
            "{o} marketplace access", "extended warranty on {o}"]
RELIEVERS = ["Guaranteed delivery windows, refunded if we are late",
             "One flat price for {o}, no hidden fees", "Invoices filed for you, ready for the accountant",
             "Chat support that answers within the hour", "Small orders of {o} without a minimum",
             "Price locked for twelve months", "Replacement of damaged {o} the next day",
             "A named contact who knows your account"]
CREATORS = ["A live map of every {o} delivery", "Weekend delivery of {o} at no extra cost",
            "A {n}% loyalty discount after six months", "Co-branded packaging for {w}",
            "Free samples of new {o} every quarter", "Monthly tips from other owners: what works, what doesn't",
            "Pago instantâneo na entrega", "Reseñas verificadas de clientes"]
NEEDS = ["reliable delivery of {o}", "fair and predictable prices", "help with paperwork",
         "flexible payment terms", "products that impress {w}", "support in Portuguese and Spanish",
         "small order quantities", "fast answers when something breaks"]
CHANNELS = [("Sales team", "direct", "own"), ("Web shop", "direct", "own"),
            ("Partner stores", "indirect", "partner"), ("Wholesaler network", "indirect", "partner"),
            ("Pop-up stand", "indirect", "own"), ("Mobile app", "direct", "own"),
            ("Trade fair booth", "direct", "own"), ("Marketplace listing", "indirect", "partner")]
RELATIONSHIP_LABELS = {"personal": "Account desk", "dedicated": "Key account manager",
                       "self-service": "Help centre", "automated": "Smart reminders",
                       "community": "Customer forum", "co-creation": "Recipe co-creation club"}
TOUCHPOINTS = ["phone line", "WhatsApp group", "monthly visit", "e-mail newsletter",
               "in-app chat", "yearly review meeting", "community meetup", "feedback survey",
               "help articles", "order confirmation e-mails"]
RESPONSE_TIMES = {"personal": ["30m", "1h", "4h"], "dedicated": ["15m", "1h", "2h"],
                  "self-service": ["1d", "2d", "1w"], "automated": ["5m", "1h", "1d"],
                  "community": ["4h", "1d", "2d"], "co-creation": ["1d", "2d", "1w"]}
RESOURCE_LABELS = {"physical": ["Warehouse in {p}", "Delivery vans", "Roastery in {p}"],
                   "intellectual": ["Customer database", "Brand and recipes", "Routing software"],
                   "human": ["Trained field staff", "Support team in {p}", "Buyers who know the market"],
                   "financial": ["Credit line", "Working capital reserve", "Seed funding"]}
ACTIVITY_LABELS = {"production": ["Roasting and packing", "Assembling kits", "Quality control"],
                   "problem-solving": ["On-site troubleshooting", "Account reviews", "Custom sourcing"],
                   "platform-network": ["Marketplace operations", "Partner onboarding", "App maintenance"]}
PARTNER_LABELS = ["Logistics cooperative of {p}", "Packaging supplier", "Regional bank",
                  "Trade association", "Payment provider", "Local competitor in {p}", "University lab"]
COST_LABELS = [("Warehouse rent", "fixed"), ("Salaries", "fixed"), ("Fuel and tolls", "variable"),
               ("Payment fees", "variable"), ("Software subscriptions", "fixed"),
               ("Packaging material", "variable"), ("Marketing campaigns", "variable")]
SENTENCES = ["Discussed on day two of the workshop.", "Numbers are rough estimates from the sales team.",
             "Revisit after the pilot in {p}.", "Open question: do we need a local partner?",
             "Source: interviews with {n} owners.", "Conceição thinks the price is too low.",
             "Validated with three customers; two would pay today.", "Risk: seasonality in {p}.",
             "Café ☕ conversations count as interviews too.", "Next step: a landing page test.",
             "Assumption, not yet tested.", "Delivery 🚚 on Tuesdays and Fridays.", "Ñandú Ltda. offered to co-finance the launch."]
COMMENTS = ["reviewed in the March workshop", "TODO: check with finance", "estimate",
            "agreed by the whole team", "from the customer interviews", "see notes below",
            "revisar con Begoña", "confirmar com a equipa"]

PLAIN_FIRST_BAD = set("-?:,[]{}#&*!|>'\"%@`")


def derive_id(name):
    """The format's rule: fold diacritics, lowercase, runs of other characters to '-'."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    if not folded.isascii():
        raise ValueError("name does not fold to ASCII: %r" % name)
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def plain_safe(text):
    if not text or text != text.strip() or text[0] in PLAIN_FIRST_BAD:
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    return all(c >= " " and c not in "\x7f\x85\u2028\u2029\ufeff" for c in text)


def single_quoted(text):
    return "'" + text.replace("'", "''") + "'"


def double_quoted(text, escape_non_ascii=False):
    out = []
    for c in text:
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif escape_non_ascii and ord(c) > 0xFFFF:
            out.append("\\U%08X" % ord(c))
        elif escape_non_ascii and ord(c) > 0x7F:
            out.append("\\u%04X" % ord(c) if ord(c) > 0xFF else "\\x%02X" % ord(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


# Values of the document tree that the emitter writes.
class Raw:
    """A scalar written as is: ids, enum words, numbers, booleans, dates."""
    def __init__(self, text, comment=None):
        self.text, self.comment = text, comment


class Text:
    """Free text: plain when possible, sometimes quoted anyway."""
    def __init__(self, text, comment=None):
        self.text, self.comment = text, comment


class Block:
    """A block scalar; paragraphs are lists of sentences."""
    def __init__(self, paragraphs, style):
        self.paragraphs, self.style = paragraphs, style


class Flow:
    def __init__(self, items, comment=None):
        self.items, self.comment = items, comment


class Seq:
    def __init__(self, items):
        self.items = items


class Empty:
    pass


class Comment:
    def __init__(self, text):
        self.text = text


class Emitter:
    def __init__(self, rng):
        self.rng = rng

    def scalar(self, value):
        if isinstance(value, Raw):
            return value.text
        text = value.text
        roll = self.rng.random()
        if plain_safe(text):
            if roll < 0.05:
                return single_quoted(text)
            if roll < 0.09:
                return double_quoted(text, escape_non_ascii=roll < 0.07)
            return text
        if "'" in text and '"' not in text:
            return double_quoted(text)
        if roll < 0.5 or "\n" in text or "\t" in text:
            return double_quoted(text)
        return single_quoted(text)

    def block_lines(self, block, indent):
        pad = " " * indent
        lines = []
        for number, paragraph in enumerate(block.paragraphs):
            if number:
                lines.append("")
            if block.style[0] == "|":
                lines.extend(pad + sentence for sentence in paragraph)
            else:
                line = ""
                for word in " ".join(paragraph).split(" "):
                    if line and len(line) + 1 + len(word) > 72:
                        lines.append(pad + line)
                        line = word
                    else:
                        line = line + " " + word if line else word
                lines.append(pad + line)
        if block.style.endswith("+"):
            lines.append("")
        return lines

    def value(self, head, value, indent, out):
        comment = getattr(value, "comment", None)
        tail = "  # " + comment if comment else ""
        if isinstance(value, (Raw, Text)):
            out.append(head + " " + self.scalar(value) + tail)
        elif isinstance(value, Flow):
            out.append(head + " [" + ", ".join(value.items) + "]" + tail)
        elif isinstance(value, Empty):
            out.append(head)
        elif isinstance(value, Block):
            out.append(head + " " + value.style)
            out.extend(self.block_lines(value, indent + 2))
        elif isinstance(value, Seq):
            out.append(head)
            for item in value.items:
                if isinstance(item, list):
                    self.pairs(item, indent + 4, out, dash=indent + 2)
                else:
                    out.append(" " * (indent + 2) + "- " + self.scalar(item))
        else:
            raise TypeError(value)

    def pairs(self, pairs, indent, out, dash=None):
        """Writes a mapping; with `dash`, as a sequence item whose dash is at that column."""
        first = True
        for entry in pairs:
            if isinstance(entry, Comment):
                column = dash if first and dash is not None else indent
                out.append(" " * column + "# " + entry.text)
                continue
            key, value = entry
            head = (" " * dash + "- " if first and dash is not None else " " * indent) + key + ":"
            first = False
            self.value(head, value, indent, out)

    def item(self, pairs):
        """One item of a top-level block, as text."""
        out = []
        self.pairs(pairs, 4, out, dash=2)
        return "\n".join(out) + "\n"


class CanvasGenerator:
    def __init__(self, seed, small=False):
        self.rng = random.Random(seed)
        self.emitter = Emitter(self.rng)
        self.small = small
        self.blocks = {key: [] for key in (
            "customer-segments", "value-propositions", "channels", "customer-relationships",
            "revenue-streams", "key-resources", "key-activities", "key-partnerships",
            "cost-structure")}
        self.size = 0
        self.count = 0
        self.resources, self.activities, self.partners = [], [], []
        self.propositions = []

    # Helpers -----------------------------------------------------------------

    def pick(self, items):
        return self.rng.choice(items)

    def sample(self, items, low, high):
        return self.rng.sample(items, self.rng.randint(low, min(high, len(items))))

    def fill(self, template, place=None):
        return template.format(o=self.pick(OBJECTS), w=self.pick(WHO),
                               n=self.rng.randint(2, 40), p=place or self.pick(PLACES)[0])

    def identity(self, explicit, name, derived_share=0.3):
        """Returns (id, pairs): an explicit id, or none and the id derived from the name."""
        if self.rng.random() < derived_share:
            return derive_id(name), [("name", Text(name))]
        return explicit, [("id", Raw(explicit)), ("name", Text(name))]

    def refs(self, ids):
        """A list of references, usually on one line, sometimes as a block list."""
        if self.rng.random() < 0.12:
            return Seq([Raw(i) for i in ids])
        comment = self.pick(COMMENTS) if self.rng.random() < 0.03 else None
        return Flow(ids, comment)

    def words(self, words):
        return self.refs(words)

    def notes(self, place, chance=0.25):
        """Maybe a `notes` pair: a line of text, an empty value, or a block scalar."""
        roll = self.rng.random()
        if roll > chance:
            return []
        if roll < chance * 0.1:
            return [("notes", Empty())]
        if roll < chance * 0.4:
            return [("notes", Text(self.fill(self.pick(SENTENCES), place)))]
        return [("notes", self.block(place))]

    def block(self, place, paragraphs=None):
        style = self.pick(["|", "|-", ">", ">-", "|", ">", "|+", ">+"])
        count = paragraphs or self.rng.randint(1, 2)
        return Block([[self.fill(self.pick(SENTENCES), place)
                       for _ in range(self.rng.randint(1, 4))] for _ in range(count)], style)

    def points(self, prefix, kind, templates, low, high, place, plain_share=0.25):
        """Jobs, pains or gains; returns (Seq, ids that carry an id)."""
        items, ids = [], []
        for number in range(1, self.rng.randint(low, high) + 1):
            text = self.fill(self.pick(templates), place)
            if self.rng.random() < plain_share:
                items.append(Text(text))
            else:
                point_id = "%s-%s-%d" % (prefix, kind, number)
                ids.append(point_id)
                items.append([("id", Raw(point_id)), ("text", Text(text))])
        return Seq(items), ids

    def remedies(self, prefix, kind, templates, targets, place):
        """Products, pain relievers or gain creators that address every target id."""
        items, number = [], 0
        targets = list(targets)
        self.rng.shuffle(targets)
        while targets or not items:
            number += 1
            size = self.rng.randint(1, 2)
            take, targets = targets[:size], targets[size:]
            text = Text(self.fill(self.pick(templates), place))
            if not take and self.rng.random() < 0.5:
                items.append(text)
                continue
            pairs = [("text", text)]
            if self.rng.random() < 0.4:
                pairs.append(("id", Raw("%s-%s-%d" % (prefix, kind, number))))
            if take:
                pairs.append(("addresses", self.refs(take)))
            items.append(pairs)
        if self.rng.random() < 0.15:
            items.append(Text(self.fill(self.pick(templates), place)))
        return Seq(items)

    def money(self, place_currency, low, high):
        amount = "%d.%02d" % (self.rng.randint(low, high), self.pick([0, 0, 50, 90, 99, 25]))
        currency = place_currency if self.rng.random() < 0.8 else self.pick(["EUR", "USD", "BRL"])
        return amount, currency

    def add(self, block, pairs):
        text = self.emitter.item(pairs)
        self.blocks[block].append(text)
        self.size += len(text.encode("utf-8"))

    # One business line per segment ----------------------------------------------

    def add_segment(self):
        self.count += 1
        i = self.count
        place, currency = self.pick(PLACES)
        engagement = "client" if self.rng.random() < 0.3 else "customer"
        relationship_type = self.pick(PERSONAL_CARE if engagement == "client" else RELATIONSHIP_TYPES)
        others = [t for t in RELATIONSHIP_TYPES if t != relationship_type]
        prefers = [relationship_type] + self.sample(others, 0, 2)
        self.rng.shuffle(prefers)

        # Segment and persona.
        segment_name = "%s %s in %s (segment %d)" % (self.pick(ADJECTIVES), self.pick(SEGMENT_NOUNS), place, i)
        segment_id, segment = self.identity("seg-%d" % i, segment_name)
        if self.rng.random() < 0.15:
            segment.insert(0, Comment("Segment %d: %s" % (i, place)))
        segment += [("type", Raw(self.pick(SEGMENT_TYPES))),
                    ("engagement", Raw(engagement)),
                    ("priority", Raw(str(i), self.pick(COMMENTS) if self.rng.random() < 0.05 else None)),
                    ("size", Raw(str(self.rng.randint(20, 2_000_000)))),
                    ("growth", Raw(self.pick(GROWTH))),
                    ("fit", Raw(self.pick(LEVELS))),
                    ("needs", Seq([Text(self.fill(t, place)) for t in self.sample(NEEDS, 1, 3)]))]
        pains, gains = [], []
        if self.rng.random() < 0.1:
            seq, ids = self.points("seg-%d" % i, "pain", PAINS, 1, 1, place, plain_share=0)
            segment.append(("pains", seq))
            pains += ids
        persona_name = "%s %s, %s (persona %d)" % (self.pick(FIRST_NAMES), self.pick(SURNAMES),
                                                   self.pick(ROLE_TITLES), i)
        persona_id, persona = self.identity("persona-%d" % i, persona_name)
        persona += [("role", Text(self.pick(ROLES))), ("prefers", self.words(prefers))]
        high = 2 if self.small else 3
        seq, jobs = self.points("p%d" % i, "job", JOBS, 1, high, place)
        persona.append(("jobs", seq))
        seq, ids = self.points("p%d" % i, "pain", PAINS, 1, high, place)
        persona.append(("pains", seq))
        pains += ids
        seq, ids = self.points("p%d" % i, "gain", GAINS, 1, high, place)
        persona.append(("gains", seq))
        gains += ids
        if self.rng.random() < 0.7:
            quote = self.fill(self.pick(QUOTES), place)
            persona.append(("quote", Text(quote) if self.rng.random() < 0.8 else Block([[quote]], ">-")))
        persona += self.notes(place, 0.2)
        segment.append(("personas", Seq([persona])))
        segment += self.notes(place)
        self.add("customer-segments", segment)

        # Value proposition for the segment (sometimes shared with the previous one).
        proposition_name = "%s for %s (offer %d)" % (self.pick(["Worry-free", "Express", "Flexible", "Premium",
                                                               "Simple", "Local", "Económico"]),
                                                   self.pick(OBJECTS), i)
        proposition_id, proposition = self.identity("vp-%d" % i, proposition_name)
        served = [segment_id]
        if i > 1 and self.rng.random() < 0.1:
            served.append(self.previous_segment)
        proposition += [("segments", self.refs(served)),
                        ("elements", self.words(self.sample(ELEMENTS, 1, 3))),
                        # Products address the persona's jobs, as remedies do its pains and gains.
                        ("products", self.remedies("vp%d" % i, "product", PRODUCTS, jobs, place)),
                        ("pain-relievers", self.remedies("vp%d" % i, "relief", RELIEVERS, pains, place)),
                        ("gain-creators", self.remedies("vp%d" % i, "gain", CREATORS, gains, place))]
        proposition += self.notes(place)
        self.add("value-propositions", proposition)
        self.propositions.append(proposition_id)

        # Channel.
        label, channel_type, owner = self.pick(CHANNELS)
        channel_id, channel = self.identity("ch-%d" % i, "%s in %s (channel %d)" % (label, place, i))
        phases = sorted(self.sample(PHASES, 1, 4), key=PHASES.index)
        channel += [("segments", self.refs([segment_id])), ("type", Raw(channel_type)),
                    ("owner", Raw(owner)), ("phases", self.words(phases)),
                    ("value-propositions", self.refs([proposition_id]))]
        channel += self.notes(place, 0.1)
        self.add("channels", channel)

        # Relationship of a type the persona prefers.
        _, relationship = self.identity("rel-%d" % i, "%s, %s (relationship %d)" % (
            RELATIONSHIP_LABELS[relationship_type], place, i))
        goals = sorted(self.sample(GOALS, 1, 2), key=GOALS.index)
        relationship += [("type", Raw(relationship_type)), ("segments", self.refs([segment_id])),
                         ("goals", self.words(goals)), ("channels", self.refs([channel_id])),
                         ("touchpoints", Seq([Text(t) for t in self.sample(TOUCHPOINTS, 1, 3)])),
                         ("cadence", Raw(self.pick(CADENCES))),
                         ("response-time", Raw(self.pick(RESPONSE_TIMES[relationship_type]))),
                         ("cost", Raw("high" if relationship_type == "dedicated" else self.pick(LEVELS)))]
        relationship += self.notes(place, 0.1)
        self.add("customer-relationships", relationship)

        # Revenue stream.
        revenue_type = self.pick(list(REVENUE))
        pricing, recurring, periods = REVENUE[revenue_type]
        _, revenue = self.identity("rev-%d" % i, "%s of %s (revenue %d)" % (
            revenue_type.replace("-", " ").capitalize(), self.pick(OBJECTS), i))
        revenue += [("segments", self.refs(served)), ("type", Raw(revenue_type)),
                    ("pricing", Raw(self.pick(pricing))), ("recurring", Raw(recurring))]
        if self.rng.random() < 0.9:
            amount, money = self.money(currency, 1, 2000)
            revenue += [("amount", Raw(amount)), ("currency", Raw(money)), ("per", Raw(self.pick(periods)))]
        revenue += [("value-propositions", self.refs([proposition_id]))]
        revenue += self.notes(place, 0.1)
        self.add("revenue-streams", revenue)
        self.previous_segment = segment_id

        # The back stage, less often than the front.
        every = 4 if self.small else 1
        if i % max(1, 20 // every) == 1 or i == 1:
            self.add_resource(place)
            self.add_activity(place)
        if i % max(1, 40 // every) == 1 or i == 1:
            self.add_partnership(place)
        if i % max(1, 15 // every) == 1 or i == 1:
            self.add_cost(place, currency)

    def recent_propositions(self):
        return sorted(set(self.rng.sample(self.propositions[-20:], min(3, len(self.propositions[-20:])))),
                      key=self.propositions.index)

    def add_resource(self, place):
        number = len(self.resources) + 1
        resource_type = self.pick(RESOURCE_TYPES)
        name = "%s (resource %d)" % (self.pick(RESOURCE_LABELS[resource_type]).format(p=place), number)
        resource_id, resource = self.identity("res-%d" % number, name)
        resource += [("type", Raw(resource_type)), ("value-propositions", self.refs(self.recent_propositions()))]
        resource += self.notes(place, 0.3)
        self.add("key-resources", resource)
        self.resources.append(resource_id)

    def add_activity(self, place):
        number = len(self.activities) + 1
        activity_type = self.pick(ACTIVITY_TYPES)
        name = "%s (activity %d)" % (self.pick(ACTIVITY_LABELS[activity_type]), number)
        activity_id, activity = self.identity("act-%d" % number, name)
        activity += [("type", Raw(activity_type)), ("value-propositions", self.refs(self.recent_propositions()))]
        activity += self.notes(place, 0.3)
        self.add("key-activities", activity)
        self.activities.append(activity_id)

    def add_partnership(self, place):
        number = len(self.partners) + 1
        name = "%s (partner %d)" % (self.pick(PARTNER_LABELS).format(p=place), number)
        partner_id, partner = self.identity("partner-%d" % number, name)
        provides = [self.resources[-1]] if self.rng.random() < 0.5 else [self.activities[-1]]
        if self.rng.random() < 0.3:
            provides = [self.resources[-1], self.activities[-1]]
        partner += [("type", Raw(self.pick(PARTNERSHIP_TYPES))),
                    ("motivation", self.words(sorted(self.sample(MOTIVATIONS, 1, 2), key=MOTIVATIONS.index))),
                    ("provides", self.refs(provides))]
        partner += self.notes(place, 0.3)
        self.add("key-partnerships", partner)
        self.partners.append(partner_id)

    def add_cost(self, place, currency):
        number = len(self.blocks["cost-structure"]) + 1
        label, cost_type = self.pick(COST_LABELS)
        _, cost = self.identity("cost-%d" % number, "%s, %s (cost %d)" % (label, place, number))
        drivers = self.sample([self.resources[-1], self.activities[-1], self.partners[-1]], 1, 2)
        cost += [("type", Raw(cost_type))]
        if self.rng.random() < 0.5:
            cost.append(("economies", self.words(self.sample(["scale", "scope"], 1, 2))))
        cost.append(("drivers", self.refs(drivers)))
        if self.rng.random() < 0.8:
            amount, money = self.money(currency, 100, 90000)
            cost += [("amount", Raw(amount)), ("currency", Raw(money)),
                     ("per", Raw("month" if cost_type == "fixed" else self.pick(["once", "month", "quarter"])))]
        cost += self.notes(place, 0.3)
        self.add("cost-structure", cost)

    # The whole document -----------------------------------------------------------

    def header(self):
        place, _ = self.pick(PLACES)
        out = []
        pairs = [Comment("Generated by Benchmarks/generate_canvas.py: a large, coherent canvas."),
                 ("name", Text("%s %s de %s" % (self.pick(["Rede", "Red", "Cooperativa", "Grupo"]),
                                               self.pick(["Aurora", "Horizonte", "Ñandú", "Açaí", "Café"]),
                                               place))),
                 ("description", self.block(place, 2)),
                 ("version", Raw(self.pick(["1.10", "2.0", "0.9-beta", "3"]))),
                 ("date", Raw("2026-%02d-%02d" % (self.rng.randint(1, 12), self.rng.randint(1, 28)))),
                 ("authors", Flow(["%s %s" % (self.pick(FIRST_NAMES), self.pick(SURNAMES))
                                   for _ in range(self.rng.randint(1, 3))])),
                 ("language", Raw(self.pick(["en", "es", "pt"]))),
                 ("cost-approach", Raw(self.pick(["cost-driven", "value-driven"])))]
        self.emitter.pairs(pairs, 0, out)
        return "---\n" + "\n".join(out) + "\n"

    def footer(self):
        out = []
        self.emitter.pairs([("notes", Block([["Generated for benchmarking: %d segments." % self.count],
                                             [self.fill(self.pick(SENTENCES))]], "|"))], 0, out)
        return "\n".join(out) + "\n"

    def document(self, header):
        parts = [header]
        for key, items in self.blocks.items():
            parts.append("\n%s:\n" % key)
            parts.extend(items)
        parts.append("\n" + self.footer())
        return "".join(parts)


def generate(seed, count=None, size=None, small=False):
    generator = CanvasGenerator(seed, small)
    header = generator.header()
    if count is not None:
        for _ in range(count):
            generator.add_segment()
    else:
        while generator.size + len(header) < size:
            generator.add_segment()
    return generator.document(header)


def main():
    parser = argparse.ArgumentParser(description="Generate coherent canvases for benchmarks.")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--megabytes", type=float, help="approximate size of one canvas, on standard output")
    mode.add_argument("--count", type=int, help="number of segments of one canvas, on standard output")
    mode.add_argument("--folder", help="write --files small canvases into this folder")
    parser.add_argument("--files", type=int, default=100, help="number of files with --folder (default 100)")
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()

    if arguments.folder is not None:
        os.makedirs(arguments.folder, exist_ok=True)
        width = max(4, len(str(arguments.files)))
        for number in range(1, arguments.files + 1):
            rng = random.Random("%d/%d" % (arguments.seed, number))
            text = generate(rng.randrange(2 ** 32), count=rng.randint(1, 3), small=True)
            data = text.encode("utf-8")
            if number % 10 == 0:
                data = data.replace(b"\n", b"\r\n")
            if number % 7 == 0:
                data = b"\xef\xbb\xbf" + data
            path = os.path.join(arguments.folder, "canvas-%0*d.canvas.yaml" % (width, number))
            with open(path, "wb") as stream:
                stream.write(data)
        return 0

    if arguments.count is not None:
        if arguments.count < 1:
            parser.error("--count must be at least 1")
        text = generate(arguments.seed, count=arguments.count)
    else:
        if arguments.megabytes <= 0:
            parser.error("--megabytes must be positive")
        text = generate(arguments.seed, size=int(arguments.megabytes * 1024 * 1024))
    sys.stdout.buffer.write(text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
