"""Hand-written texts shared by the relation tests (test_relations, test_same_wire,
test_quotations, test_fact_order, test_rewrites, test_sources): other angles of the
earthquake story in conftest.WIRE, and a ferry briefing told several ways."""

import numpy as np


def unit(rows):
    """Rows made unit vectors, standing in for sentence vectors."""
    m = np.asarray(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


OTHER = (
    "The city council approved a new budget on Monday that raises spending on parks and "
    "libraries while freezing property taxes for a second year. The mayor called it a "
    "careful plan for uncertain times, and opposition members said it relied on optimistic "
    "forecasts of sales tax revenue. A final vote on the transport levy was put off to June."
)

STORY_B = (
    "Elsewhere in the region, volunteers from three villages cleared mud from the market square "
    "and the local priest opened the church hall to families whose homes were damaged. Traders "
    "said the closure of the valley road would cost them a month of sales before the harvest fair."
)

OWN_A = (
    "Our reporter in the capital spoke to engineers at the ministry, who said the national grid "
    "had held despite the shock, although two substations in the south were switched off as a "
    "precaution. Insurers expect claims to reach several million, and the finance ministry has "
    "promised an emergency fund for small businesses within a fortnight."
)

OWN_B = (
    "In the lowland suburbs, the tremor rattled windows and sent office workers into the streets "
    "for half an hour. Bus services were suspended while inspectors checked the tunnels, and the "
    "city's football match that evening was postponed at the request of the police."
)

LONG_A = (
    "At the town hall, the clerk read out a list of the missing every hour, and relatives waited "
    "on the steps with blankets and flasks of tea. The bakery on the square reopened by noon, "
    "giving bread to anyone who asked, and the priest rang the bell for the dead at six."
)

LONG_B = (
    "Geologists at the national observatory said the fault had been quiet for two centuries, "
    "and that the valley's soft soil had amplified the shaking. They placed new sensors on the "
    "ridge on Wednesday and warned that a strong aftershock could still bring down weakened walls."
)

OTHER_B = (
    "Farmers on the plain said their cattle had broken out of the barns in panic, and several "
    "greenhouses had collapsed under falling glass. The co-operative promised to lend tractors "
    "to clear the roads, and the vet from the next village drove round the farms all night."
)

OTHER_C = (
    "In the provincial capital, the assembly held a minute's silence before its budget debate, "
    "and deputies of every party agreed to set aside a reserve for the valley. The opposition "
    "leader asked for an inquiry into why the new school building had cracked so badly."
)

OTHER_D = (
    "Volunteers from the football club carried water to the upper streets, where the mains had "
    "burst, and a lorry from the brewery brought bottled water in the afternoon."
)


# A harbour police briefing told three ways: an agency-style report, a rewrite
# of it (every sentence reworded, two pairs merged, the facts kept in order),
# and another outlet's own report from the same briefing (the same facts and
# figures, in its own order), with two reports on other angles of the story.
BRIEFING = (
    "Harbour police chief Anna Varga told reporters on Monday that divers had recovered the "
    "ferry's black box from the bottom of Lake Morrow. The recorder will be flown to the "
    "transport safety board in Kessel, where engineers expect to read it within ten days. "
    "Varga said the Morrow Star was carrying 212 passengers and 9 crew when it struck the "
    "breakwater on Saturday evening. Eleven people remain in hospital, two of them in a serious "
    "condition. The ferry company, Lakeline, has suspended its evening crossings and offered "
    "refunds to travellers. Investigators are also examining the captain's shift records and "
    "the weather warnings issued that afternoon."
)


BRIEFING_REWRITTEN = (
    "Police divers have pulled the black box of the ferry from the bed of Lake Morrow, harbour "
    "police chief Anna Varga announced on Monday, and the device is to be flown to Kessel, whose "
    "transport safety board engineers hope to read it inside ten days. According to Varga, the "
    "Morrow Star hit the breakwater on Saturday evening with 212 passengers and 9 crew on board. "
    "Eleven remain in hospital, two seriously. Lakeline, which runs the ferry, has halted evening "
    "crossings and is refunding travellers, while investigators look at the captain's shift "
    "records and that afternoon's weather warnings."
)


BRIEFING_OWN_ORDER = (
    "Lakeline cancelled every evening crossing on Lake Morrow after Saturday's accident and says "
    "ticket holders can claim their money back. The Morrow Star, with 9 crew and 212 passengers "
    "aboard, rammed the breakwater in high wind; witnesses on the pier described a loud crack and "
    "screaming. Two of the eleven people still in hospital are in a serious condition. The "
    "captain's rota and the storm warnings are now part of the inquiry, chief Anna Varga of the "
    "harbour police said on Monday, adding that divers had found the black box, which safety "
    "board engineers in Kessel should decode within ten days."
)


FERRY_PIER = (
    "Families waited at the Lake Morrow pier through Sunday for news of relatives after the "
    "ferry Morrow Star struck the breakwater. The town's mayor opened the school gym as a rest "
    "centre, and a local bakery brought bread and coffee to rescuers. Lakeline said it was "
    "cooperating fully with police and the safety board."
)


FERRY_UNION = (
    "The seafarers' union defended the Morrow Star's captain on Tuesday, saying he had worked "
    "within his legal hours and had asked Lakeline to cancel the crossing because of the wind. "
    "The company declined to comment while the police inquiry continues."
)


#: A hit-and-run charge told six ways: a retelling that merges its sentences and
#: independent reports of the same facts (issue 13, test_rewrites.py).
CROSSWALK = (
    "A man accused of killing a pedestrian outside a Fairway grocery store in Linden Park was "
    "charged on Friday with third-degree murder. Prosecutors said Dale Emmett Corwin, 41, drove "
    "his pickup through a marked crosswalk on Wednesday evening and struck Rosa Delgado, 58, a "
    "retired school librarian from Kessler Falls. She was taken to Mercy Regional Hospital, where "
    "she died two hours later. Witnesses told officers a shopper shouted at the driver to stop, "
    "but the pickup sped toward the interstate ramp. A state trooper stopped Corwin about three "
    "miles away after he sideswiped a parked minivan and a delivery truck. According to the "
    "criminal complaint, a breath test put his blood alcohol at 0.29, more than three times the "
    "legal limit. Court records show two earlier drunken-driving convictions, in 2009 and 2014, "
    "and a suspended licence. Corwin is held at the county jail on $500,000 bail and is due in "
    "court on Monday.")


#: CROSSWALK retold: two pairs of its sentences merged into one each, the
#: facts inside them reordered, every sentence reworded, three of its own
#: added (so few of its content words follow CROSSWALK's in order).
CROSSWALK_RETOLD = (
    "Linden Park police say a pickup driver has now been charged with third-degree murder over "
    "the death of a pedestrian at the Fairway grocery store. It is the third deadly crash on "
    "that stretch of road this year. Rosa Delgado, a retired librarian from Kessler Falls, died "
    "at Mercy Regional Hospital after the pickup hit her in a marked crosswalk on Wednesday "
    "evening, prosecutors said. Though a shopper yelled at him to stop, Corwin sped off toward "
    "the interstate, and a trooper caught up with him three miles on, once he had clipped a "
    "parked minivan and then a delivery van. Over three times the legal limit, 0.29, was the "
    "blood alcohol his breath test showed, the complaint says. Drivers here have long asked for "
    "a stoplight, and residents packed the last council meeting to demand one. He was driving "
    "on a suspended licence, with convictions for driving drunk in 2014 and 2009, court records "
    "show. Bail for the 41-year-old Corwin was set at $500,000, and he stays in the county jail "
    "until a court hearing on Monday. Friends remembered Delgado as a patient reader who ran "
    "the summer book club for children at the town library.")


#: The same facts in the same order, as any report of the charge tells
#: them, each sentence in another reporter's words.
CROSSWALK_SAME_ORDER = (
    "Prosecutors in Linden Park filed a third-degree murder charge on Friday against the driver "
    "in Wednesday's fatal hit-and-run. Dale Corwin, 41, is accused of running down Rosa Delgado, "
    "58, as she walked to her car from the Fairway. Doctors at Mercy Regional Hospital could not "
    "save her. Corwin fled, police said, and was pulled over on the highway after hitting two "
    "more vehicles. Officers found an open bottle of vodka under the seat and said he failed a "
    "sobriety test. He had been convicted of drunken driving twice before. A judge set bail at "
    "$500,000, and Corwin will be arraigned Monday.")


#: The same event, names and figures, reported by another outlet in its own
#: sentences and order (the victim's family, neighbours, the city).
CROSSWALK_FAMILY = (
    "Rosa Delgado spent thirty years in the library of Kessler Falls Elementary, and on Wednesday "
    "she stopped at the Fairway on her way home, her sister Ana said. Ana Delgado said the family "
    "learned of the crash from a neighbour who saw the ambulance outside the store in Linden "
    "Park. The 58-year-old was pronounced dead at Mercy Regional Hospital. Dale Emmett Corwin, "
    "41, faces a third-degree murder count, and his bail is $500,000. Neighbours on Corwin's "
    "street described a quiet man who repaired lawnmowers in his garage and kept to himself. Ana "
    "Delgado said she would attend Monday's hearing and asked the judge to keep him in jail. A "
    "vigil is planned for Sunday evening at the crosswalk, where students have left flowers and "
    "handwritten cards. Mayor Teresa Quill said the city would add a flashing signal at the "
    "crossing before winter.")


#: Two short reports of the same event: with them, a story.
CROSSWALK_BRIEF = (
    "Dale Corwin of Linden Park was charged Friday with third-degree murder in the death of Rosa "
    "Delgado, 58, who was struck outside the Fairway grocery store on Wednesday. Police said "
    "Corwin's blood alcohol was 0.29. He is jailed on $500,000 bail and due in court Monday.")


CROSSWALK_RADIO = (
    "A Kessler Falls woman died after a pickup hit her outside a Fairway store in Linden Park on "
    "Wednesday. The driver, Dale Corwin, 41, was arrested miles away and charged with murder on "
    "Friday. Court records show earlier drunken-driving convictions.")


# A dam release told three ways: an agency's report in four passages of
# three sentences, a rewrite that merges each passage into one or two
# sentences and reorders its facts inside it (the passages kept in order),
# and another outlet's own report with the same names and figures in its own
# order; and a report on another angle of the story.
DAM_WIRE = (
    "Engineers opened the spillway of the Brennmoor dam on Thursday after three days of "
    "torrential rain raised the reservoir to 41 metres, its highest level since 1987. The water "
    "authority said about 2,300 residents of Lusk and Tarnow were told to leave their homes "
    "before dawn. Buses took them to a sports hall in Halvern, where the Red Cross set up 600 "
    "camp beds. Authority spokesman Pieter Oldane said the concrete wall was sound but that "
    "seepage had been found near the eastern abutment. Divers from the navy inspected the sluice "
    "gates overnight and reported no cracks. Oldane said the release would flood pastures "
    "downstream but spare the villages. The Orla river is expected to crest at Tarnow on Friday "
    "afternoon, and sandbags were stacked along the quay. The railway between Lusk and Halvern "
    "was closed and a freight train was held at Kettering junction. Farmers moved cattle to "
    "higher ground, and a dairy at Wendby lost power for six hours. The dam, built in 1962, "
    "supplies drinking water to 180,000 people. Its last major overhaul, costing 14 million "
    "euros, was finished in 2009. Hydrologists warned that more rain forecast for Sunday could "
    "force a second release."
)

DAM_MERGED = (
    "About 2,300 people from Lusk and Tarnow were bussed before dawn to a Halvern sports hall "
    "fitted with 600 Red Cross camp beds, after torrential rain pushed the Brennmoor reservoir "
    "to 41 metres, a level unseen since 1987, and engineers opened its spillway on Thursday. "
    "Navy divers checked the sluice gates through the night and found no cracks, according to "
    "Pieter Oldane, who speaks for the authority; the concrete wall is sound, he said, though "
    "seepage was spotted by the eastern abutment, and downstream pastures rather than villages "
    "will take the released water. With sandbags piled on the Tarnow quay, the Orla should "
    "crest there on Friday afternoon. Cattle were led uphill by farmers, the Wendby dairy went "
    "six hours without power, and rail traffic between Lusk and Halvern stopped, leaving a "
    "freight train waiting at Kettering junction. Hydrologists fear Sunday's rain may force "
    "another release from the 1962 dam, which serves 180,000 people with drinking water and "
    "last underwent a 14 million euro overhaul in 2009."
)

DAM_OWN_REPORT = (
    "Hundreds of families spent the night on camp beds in Halvern after being told to leave Lusk "
    "and Tarnow as the Orla river rose. \u201cWe left with only the clothes we had on,\u201d "
    "said Marta Jansz, 71, who has lived in Tarnow for half a century. Local councillors "
    "complained that the warnings came too late, and the mayor of Lusk, Hendrik Vos, demanded "
    "an inquiry into how the reservoir was managed during last summer's drought. The Brennmoor "
    "dam, overhauled in 2009 and supplying 180,000 people, reached 41 metres on Thursday, and "
    "the water authority opened its spillway to relieve the pressure. Its spokesman, Pieter "
    "Oldane, insisted that the dam was safe and that divers had found no cracks. Around 2,300 "
    "residents were evacuated in all. Trains between Lusk and Halvern were cancelled, and a "
    "freight train stood at Kettering junction. The river is expected to peak at Tarnow on "
    "Friday, and hydrologists say Sunday's rain could bring a second release."
)

DAM_INSURERS = (
    "Insurers in the province said on Friday that flood claims from the Orla valley could "
    "reach several million euros, most of them from farms and small shops. Brokers expect "
    "premiums for riverside properties to rise next year, and the chamber of commerce asked "
    "the government for interest-free loans to help traders reopen."
)
