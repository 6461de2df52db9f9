"""Hand-written texts shared by the relation tests (test_relations, test_same_wire,
test_quotations): other angles of the earthquake story in conftest.WIRE."""

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
