"""The passages of the Library of Congress country study (a work of the United
States government, not subject to copyright there) that the game cites, whole
paragraphs in the document's order, each with the locators that point into it.
Written by
`python -m tools.extracts`; do not edit by hand."""

EXTRACTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        'Outside the Soviet sphere of control, China grew increasingly restive under '
        'Chinese Communist Party chairman Mao Zedong. Chinese discontent with the new '
        'Soviet leadership stemmed from low levels of Soviet aid, feeble Soviet support '
        'for China in its disputes with Taiwan and India, and the new Soviet doctrine of '
        'peaceful coexistence with the West, which Mao viewed as a betrayal of '
        "Marxism-Leninism. Against Khrushchev's wishes, China embarked on a nuclear arms "
        'program, declaring in 1960 that communism could defeat "imperialism" in a '
        'nuclear war. The dispute between militant China and the more moderate Soviet '
        'Union escalated into a schism in the world communist movement after 1960. '
        'Albania left the Soviet camp and became an ally of China, Romania distanced '
        'itself from the Soviet Union in international affairs, and communist parties '
        'around the world split over whether they should be oriented toward Moscow or '
        'Beijing. The monolithic bloc of world communism had shattered.'
        , (
            "Against Khrushchev's wishes",
            'Albania left the Soviet camp',
            'China embarked on a nuclear arms program',
            'Chinese Communist Party chairman Mao Zedong',
            'Romania distanced itself',
            'a betrayal of Marxism-Leninism',
            'declaring in 1960 that communism could defeat',
            'disputes with Taiwan and India',
            'low levels of Soviet aid',
            'schism in the world communist movement',
            'which Mao viewed as a betrayal',
        )),
    (
        "Khrushchev's attempts at reform in industry and administrative organization "
        'created even greater problems. In a politically motivated move to weaken the '
        'central state bureaucracy, in 1957 Khrushchev did away with the industrial '
        'ministries in Moscow and replaced them with regional economic councils. Although '
        'he intended these economic councils to be more responsive to local needs, the '
        'decentralization of industry led to disruption and inefficiency. Connected with '
        "this decentralization was Khrushchev's decision in 1962 to recast party "
        'organizations along economic, rather than administrative, lines. The resulting '
        'bifurcation of the party apparatus into industrial and agricultural sectors at '
        'the oblast (province) level and below contributed to the disarray and alienated '
        "many party officials at all levels. Symptomatic of the country's economic "
        "difficulties was the abandonment in 1963 of Khrushchev's special seven-year "
        'economic plan (1959-65) two years short of its completion.'
        , (
            "abandonment in 1963 of Khrushchev's special",
            'alienated many party officials at all levels',
            'at the oblast (province) level and below',
            'did away with the industrial ministries',
            'led to disruption and inefficiency',
            'recast party organizations along economic',
            'special seven-year economic plan (1959-65)',
            'two years short of its completion',
        )),
    (
        'The end of the Stalin era brought immediate liberalization in several aspects of '
        "Soviet life. Party leader Nikita S. Khrushchev denounced Stalin's tyrannical "
        'reign in 1956, signaling a sharp break with the past. Because Khrushchev lacked '
        'the all-encompassing power of Stalin, his time in office was marked by '
        "continuous maneuvering against political enemies much more real than Stalin's "
        'had been. Party control of cultural activity became much less restrictive with '
        'the onset of the first "thaw" in the mid-1950s. Khrushchev attempted reforms in '
        'both domestic and foreign policy, with mixed results. During his tenure '
        '(1953-64), world politics became much more complex as the insecurities of the '
        'Cold War persisted; Khrushchev ultimately was undone by a combination of failed '
        'policy innovations in agriculture, party politics, and industry.'
        , (
            'continuous maneuvering against political enemies',
            'onset of the first "thaw"',
            'the insecurities of the Cold War persisted',
        )),
    (
        'Khrushchev moved to consolidate his power further in the ensuing months. In '
        'October he removed Marshal Zhukov (who had helped Khrushchev squelch the '
        '"antiparty group") from the office of defense minister, presumably because he '
        "feared Zhukov's influence in the armed forces. Khrushchev became prime minister "
        'in March 1958 when Bulganin resigned, thus formally confirming his predominant '
        'position in the state as well as in the party.'
        , (
            'became prime minister in March 1958',
            "feared Zhukov's influence in the armed forces",
            'he removed Marshal Zhukov',
            'helped Khrushchev squelch the "antiparty group"',
            'in March 1958 when Bulganin resigned',
        )),
    (
        'By contrast, the Soviet Union felt threatened by a rearmed Federal Republic of '
        'Germany (West Germany), by a United States alliance system that seemed to be '
        "encircling the Soviet Union, and by the West's superior strategic and economic "
        'strength. To offset the United States military advantage and thereby improve the '
        'Soviet negotiating position, Khrushchev in 1962 tried to install nuclear '
        'missiles in Cuba, but he agreed to withdraw them after Kennedy ordered a '
        'blockade around the island nation. After coming close to war during the Cuban '
        'missile crisis, the Soviet Union and the United States took steps to reduce the '
        'nuclear threat. In 1963 the two countries established a "hot line" between '
        'Washington and Moscow to provide instant communication that would reduce the '
        'likelihood of accidental nuclear war. In the same year, the United States, '
        'Britain, and the Soviet Union signed the Limited Test Ban Treaty, which forbade '
        'nuclear weapons testing in the atmosphere.'
        , (
            'After coming close to war',
            'To offset the United States military advantage',
            'a "hot line" between Washington and Moscow',
            'after Kennedy ordered a blockade around',
            'agreed to withdraw them after Kennedy',
            'forbade nuclear weapons testing in the atmosphere',
            'signed the Limited Test Ban Treaty',
            'threatened by a rearmed Federal Republic',
            'took steps to reduce the nuclear threat',
            'tried to install nuclear missiles in Cuba',
        )),
    (
        'With the gains of the new diplomacy came reversals as well. By conceding '
        "Yugoslavia's independent approach to communism in 1955 as well as by his "
        'de-Stalinization campaign, Khrushchev created an opening for unrest in Eastern '
        'Europe, where the policies of the Stalin era had been particularly onerous. In '
        'Poland, riots brought about a change in communist party leadership, which the '
        'Soviet Union reluctantly recognized in October 1956. A popular uprising against '
        'Soviet control then broke out in Hungary, where the local communist leaders, '
        'headed by Imre Nagy, called for a multiparty political system and withdrawal '
        'from the Warsaw Pact (see Glossary), the defensive alliance founded by the '
        'Soviet Union and its East European satellites in 1955. The Soviet army crushed '
        'the revolt early in November 1956, causing numerous casualties. Although the '
        'Hungarian Revolution hurt Soviet standing in world opinion, it demonstrated that '
        'the Soviet Union would use force if necessary to maintain control over its '
        'satellite states in Eastern Europe.'
        , (
            'A popular uprising against Soviet control',
            'a change in communist party leadership',
            'an opening for unrest in Eastern Europe',
            'called for a multiparty political system',
            "conceding Yugoslavia's independent approach to communism",
            'crushed the revolt early in November 1956',
            'had been particularly onerous',
            'headed by Imre Nagy',
            'hurt Soviet standing in world opinion',
            'its East European satellites',
            'reluctantly recognized in October 1956',
            'riots brought about a change',
            'the defensive alliance founded by the Soviet',
            'withdrawal from the Warsaw Pact',
            'would use force if necessary',
            'would use force if necessary to',
        )),
    (
        'Almost immediately after Stalin died, the collective leadership began altering '
        'the conduct of Soviet foreign policy to permit better relations with the West '
        'and new approaches to the nonaligned countries. Malenkov introduced a change in '
        'tone by speaking out against nuclear war as a threat to civilization. Khrushchev '
        'initially contradicted this position, saying capitalism alone would be destroyed '
        "in a nuclear war, but he adopted Malenkov's view after securing his domestic "
        'political position. In 1955, to ease tensions between East and West, Khrushchev '
        'recognized permanent neutrality for Austria. Meeting President Dwight D. '
        'Eisenhower in Geneva later that year, Khrushchev confirmed a Soviet commitment '
        'to "peaceful coexistence" with capitalism. Regarding the developing nations, '
        'Khrushchev tried to win the goodwill of their national leaders, instead of '
        'following the established Soviet policy of shunning the governments while '
        'supporting local communist parties. Soviet influence over the international '
        'alignments of India and Egypt, as well as of other Third World countries, began '
        "in the middle of the 1950s. Cuba's entry into the socialist camp in 1961 was a "
        'coup for the Soviet Union.'
        , (
            "Cuba's entry into the socialist camp",
            'Meeting President Dwight D. Eisenhower in Geneva',
            'a Soviet commitment to "peaceful coexistence"',
            'international alignments of India and Egypt',
            'recognized permanent neutrality for Austria',
            'speaking out against nuclear war',
            'win the goodwill of their national leaders',
        )),
    (
        'After the elimination of Beria, the succession struggle became more subtle. '
        'Malenkov found a formidable rival in Khrushchev, whom the Presidium elected '
        "first secretary (Stalin's title of general secretary was abolished after his "
        'death) in September 1953. Of peasant background, Khrushchev had served as head '
        'of the Ukrainian party organization during and after World War II, and he was a '
        'member of the Soviet political elite during the late Stalin period. The rivalry '
        'between Malenkov and Khrushchev manifested itself publicly in the contrast '
        "between Malenkov's support for increased production of consumer goods and "
        "Khrushchev's stand-pat backing for continued development of heavy industry. "
        'After a poor showing by light industry and agriculture, Malenkov resigned as '
        'prime minister in February 1955. Because the new prime minister, Nikolay '
        'Bulganin, had little influence or real power, the departure of Malenkov made '
        'Khrushchev the most important figure within the collective leadership.'
        , (
            'After a poor showing by light industry',
            'Malenkov resigned as prime minister in February',
            "Malenkov's support for increased production",
            'Of peasant background',
            "Stalin's title of general secretary was abolished",
            'had little influence or real power',
            'head of the Ukrainian party organization',
            'stand-pat backing for continued development',
            'whom the Presidium elected first secretary',
        )),
    (
        'Soviet relations with the West, especially the United States, seesawed between '
        'moments of relative relaxation and periods of tension and crisis. For his part, '
        'Khrushchev wanted peaceful coexistence with the West, not only to avoid nuclear '
        "war but also to permit the Soviet Union to develop its economy. Khrushchev's "
        'meetings with President Eisenhower in 1955 and President John F. Kennedy in 1961 '
        "and his tour of the United States in 1959 demonstrated the Soviet leader's "
        'desire for fundamentally smooth relations between the West and the Soviet Union '
        'and its allies. Yet Khrushchev also needed to demonstrate to Soviet '
        'conservatives and the militant Chinese that the Soviet Union was a firm defender '
        'of the socialist camp. Thus, in 1958 Khrushchev challenged the status of Berlin; '
        'when the West would not yield to his demands that the western sectors be '
        'incorporated into East Germany, he approved the erection of the Berlin Wall '
        'between the eastern and western sectors of the city in 1961. To maintain '
        'national prestige, Khrushchev canceled a summit meeting with Eisenhower in 1960 '
        'after Soviet air defense troops shot down a United States reconnaissance '
        'aircraft over Soviet territory. Finally, mistrust over military intentions '
        'clouded East-West relations during this time. The West feared the implications '
        'of Soviet innovations in space technology and saw in the buildup of the Soviet '
        'military an emerging "missile gap" in the Soviet Union\'s favor.'
        , (
            'President John F. Kennedy in 1961',
            'To maintain national prestige',
            'a firm defender of the socialist camp',
            'an emerging "missile gap"',
            'approved the erection of the Berlin Wall',
            'challenged the status of Berlin',
            'innovations in space technology',
            'shot down a United States reconnaissance aircraft',
            'tour of the United States in 1959',
        )),
    (
        "By 1964 Khrushchev's prestige had been damaged in a number of areas. Industrial "
        'growth had slowed, while agriculture showed no new progress. Abroad, the split '
        "with China, the Berlin crisis, and the Cuban fiasco hurt the Soviet Union's "
        "international stature, and Khrushchev's efforts to improve relations with the "
        'West antagonized many in the military. Lastly, the 1962 party reorganization '
        'caused turmoil throughout the Soviet political chain of command. In October '
        '1964, while Khrushchev was vacationing in Crimea, the Presidium voted him out of '
        'office and refused to permit him to take his case to the Central Committee. '
        'Khrushchev retired as a private citizen after his successors denounced him for '
        'his "hare-brained schemes, half-baked conclusions, and hasty decisions." Yet '
        'along with his failed policies, Khrushchev must also be remembered for his '
        'public disavowal of Stalinism and the greater flexibility he brought to Soviet '
        'leadership after a long period of monolithic terror.'
        , (
            "By 1964 Khrushchev's prestige had been damaged",
            'Industrial growth had slowed',
            'agriculture showed no new progress',
            'antagonized many in the military',
            'caused turmoil throughout the Soviet political chain',
            'hare-brained schemes, half-baked conclusions',
            "hurt the Soviet Union's international stature",
            'refused to permit him to take',
            'the 1962 party reorganization caused turmoil',
            'the Berlin crisis, and the Cuban fiasco',
            'the Presidium voted him out',
            'while Khrushchev was vacationing in Crimea',
        )),
    (
        'Throughout his years of leadership, Khrushchev attempted to carry out reform in '
        'a range of fields. The problems of Soviet agriculture, a major concern of '
        "Khrushchev's, had earlier attracted the attention of the collective leadership, "
        'which introduced important innovations in this area of the Soviet economy. The '
        'state encouraged peasants to grow more on their private plots, increased '
        'payments for crops grown on collective farms, and invested more heavily in '
        'agriculture. In his dramatic Virgin Lands campaign in the mid-1950s, Khrushchev '
        'opened vast tracts of land to farming in the northern part of the Kazak Republic '
        'and neighboring areas of the Russian Republic. These new farmlands turned out to '
        'be susceptible to droughts, but in some years they produced excellent harvests. '
        'Later innovations by Khrushchev, however, proved counterproductive. His plans '
        'for growing corn and increasing meat and dairy production failed miserably, and '
        'his reorganization of collective farms into larger units produced confusion in '
        'the countryside.'
        , (
            'His plans for growing corn',
            'Virgin Lands campaign in the mid-1950s',
            'grow more on their private plots',
            'in some years they produced excellent harvests',
            'increased payments for crops grown',
            'increasing meat and dairy production failed',
            'invested more heavily in agriculture',
            'northern part of the Kazak Republic',
            'reorganization of collective farms into larger units',
            'susceptible to droughts',
        )),
    (
        'Stalin died without naming an heir, and none of his associates had the power to '
        "make an immediate claim to supreme leadership. At first the deceased dictator's "
        'colleagues tried to rule jointly, with Malenkov holding the top position of '
        'prime minister. The first challenge to this arrangement occurred in 1953, when '
        'the powerful Beria plotted a coup. However, Beria, who had made many enemies '
        'during his bloody term as security chief, was arrested and executed by order of '
        'the Presidium. His death reduced the inordinate power of the secret police, '
        "although the party's strict control over the state security organs ended only "
        'with the demise of the Soviet Union itself (see Internal Security Before 1991, '
        'ch. 10).'
        , (
            'Stalin died without naming an heir',
            'executed by order of the Presidium',
            'strict control over the state security organs',
            'the inordinate power of the secret police',
            'the powerful Beria plotted a coup',
            'tried to rule jointly',
            'with Malenkov holding the top position',
        )),
    (
        'At the Twentieth Party Congress, held in February 1956, Khrushchev further '
        "advanced his position within the party by denouncing Stalin's crimes in a "
        'dramatic "secret speech." Khrushchev revealed that Stalin had arbitrarily '
        'liquidated thousands of party members and military leaders, thereby contributing '
        'to the initial Soviet defeats in World War II, and had established what '
        'Khrushchev characterized as a pernicious cult of personality. With this speech, '
        "Khrushchev not only distanced himself from Stalin and from Stalin's close "
        'associates, Molotov, Malenkov, and Lazar Kaganovich, but he also abjured the '
        "dictator's use of terror as an instrument of policy. As a direct result of the "
        '"de-Stalinization" campaign launched by Khrushchev\'s speech, the release of '
        'political prisoners, which had begun in 1953, was stepped up, and some of '
        "Stalin's victims were posthumously rehabilitated. Khrushchev intensified his "
        'campaign against Stalin at the Twenty-Second Party Congress in 1961, winning '
        "approval to remove Stalin's body from the Lenin Mausoleum, where it had "
        'originally been interred. De-Stalinization encouraged many in artistic and '
        'intellectual circles to speak out against the abuses of the former regime. '
        "Although Khrushchev's tolerance for critical creative works varied during his "
        'tenure, the new cultural period--known as the "thaw"--represented a clear break '
        'with the repression of the arts under Stalin.'
        , (
            'Molotov, Malenkov, and Lazar Kaganovich',
            'Twentieth Party Congress, held in February 1956',
            'Twenty-Second Party Congress in 1961',
            'a pernicious cult of personality',
            'arbitrarily liquidated thousands of party members',
            'close associates, Molotov, Malenkov',
            "denouncing Stalin's crimes in a dramatic",
            "remove Stalin's body from the Lenin Mausoleum",
            "some of Stalin's victims were posthumously rehabilitated",
            'the "de-Stalinization" campaign launched by',
            'which had begun in 1953,',
        )),
    (
        'After the Twentieth Party Congress, Khrushchev continued to expand his '
        'influence, although he still faced opposition. His rivals in the Presidium, '
        'spurred by reversals in Soviet foreign policy in Eastern Europe in 1956, '
        'potentially threatening economic reforms, and the de-Stalinization campaign, '
        'united to vote him out of office in June 1957. Khrushchev, however, demanded '
        'that the matter be put to the Central Committee of the CPSU, where he enjoyed '
        "strong support. The Central Committee overturned the Presidium's decision and "
        "expelled Khrushchev's opponents (Malenkov, Molotov, and Kaganovich), whom "
        'Khrushchev labeled the "antiparty group." In a departure from Stalinist '
        'procedure, Khrushchev did not order the imprisonment or execution of his '
        'defeated rivals but instead placed them in relatively minor offices.'
        , (
            "The Central Committee overturned the Presidium's decision",
            'demanded that the matter be put',
            "expelled Khrushchev's opponents (Malenkov, Molotov,",
            'placed them in relatively minor offices',
            'spurred by reversals in Soviet foreign policy',
            'united to vote him out',
            'where he enjoyed strong support',
            'whom Khrushchev labeled the',
        )),
    (
        'Despite his rank, Khrushchev never exercised the dictatorial authority of '
        'Stalin, nor did he ever completely control the party, even at the peak of his '
        'power. His attacks on members of the "antiparty group" at the Twenty-First Party '
        'Congress in 1959 and the Twenty-Second Party Congress in 1961 suggest that his '
        "opponents retained support within the party. Khrushchev's relative political "
        'insecurity probably accounted for some of his grandiose pronouncements, for '
        'example his 1961 promise that the Soviet Union would attain communism by 1980. '
        'His desire to undermine opposition and mollify critics explained the nature of '
        'many of his domestic reforms and the vacillations in his foreign policy toward '
        'the West.'
        , (
            'attain communism by 1980',
            'his opponents retained support within the party',
        )),
)
