'use strict';

// Demo seed data for the newsroom plugin playground.
// Plain data only: articles (en + uk), reporters and key-facts boxes.
// Images referenced by `cover` / `photo` live in ./images/.
// All reporters except Tim Zadorozhnyy are fictional; profile URLs use example hosts
// and fictional handles. Article text is demo content, not real reporting.

const articles = [
  {
    slug: 'zelensky-orders-final-review-of-us-security-guarantees',
    category: 'politics',
    publishedDate: '2026-01-12',
    cover: 'zelensky-orders-final-review-of-us-security-guarantees.png',
    credits: [
      {
        reporter: 'tim-zadorozhnyy',
        role: 'author',
      },
    ],
    keyFacts: ['zelensky-guarantees-key-facts', 'peace-talks-timeline'],
    en: {
      title: "Zelensky orders final review of US security guarantees; White House source praises 'tremendous progress' in ending war",
      dek: "Ukraine's president has instructed his team to complete a final review of three core documents drafted with Washington, days after allied leaders met in Paris.",
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "President Volodymyr Zelensky has ordered a final review of the draft documents setting out US security guarantees for Ukraine, his office said on 12 January, as negotiations on ending Russia's full-scale war entered what officials on both sides describe as a decisive phase.",
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'The package consists of three core documents: a bilateral agreement on security guarantees between Ukraine and the United States, a framework for post-war reconstruction and economic cooperation, and a document setting out the sequence of steps toward a ceasefire. They are designed to sit alongside a 20-point peace framework that Kyiv and Washington have been refining since late 2025.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'What the review covers',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'According to the presidential office, the review has been divided among several teams. Diplomats and military officials are examining the wording of the guarantee commitments and the monitoring mechanisms, while the First Deputy Prime Minister was tasked with the economic review, including provisions on reconstruction financing and investment.',
            },
          ],
        },
        {
          type: 'list',
          format: 'unordered',
          children: [
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Legal wording of the US security commitments and how they would be ratified',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Monitoring and verification of any ceasefire',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Reconstruction financing and the economic partnership',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Coordination with the guarantees offered by European partners',
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "The order follows a meeting in Paris on 7 January 2026, where leaders and senior officials of the so-called coalition of the willing, a group of mostly European countries prepared to support Ukraine's security after a ceasefire, discussed how their commitments would complement those of the United States. Participants agreed to continue work at the level of national security advisers, according to statements released after the talks.",
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Optimism in Washington',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'In Washington, a White House source, speaking on condition of anonymity because they were not authorised to discuss the negotiations publicly, praised what they called tremendous progress toward ending the war.',
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '"We have made tremendous progress. The documents are in very good shape, and we believe the end of this war is closer than it has been at any point," the source said.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Ukrainian officials have been more cautious, stressing that no document will be signed until every part of the package is agreed and that any settlement must be backed by guarantees that prevent a renewed Russian offensive. Moscow has not publicly commented on the latest drafts. The presidential office did not set a deadline for the review, but officials said they expected the teams to report back within days.',
            },
          ],
        },
      ],
    },
    uk: {
      title:
        'Зеленський доручив провести фінальний перегляд безпекових гарантій США; джерело в Білому домі говорить про «величезний прогрес» у завершенні війни',
      dek: 'Президент України доручив своїй команді завершити фінальний перегляд трьох ключових документів, підготовлених разом із Вашингтоном, — через кілька днів після зустрічі союзних лідерів у Парижі.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Президент Володимир Зеленський доручив провести фінальний перегляд проєктів документів, що визначають безпекові гарантії США для України, повідомили 12 січня в його Офісі. Переговори про завершення повномасштабної війни Росії, за словами посадовців з обох сторін, вступили у вирішальну фазу.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Пакет складається з трьох ключових документів: двосторонньої угоди між Україною та США про безпекові гарантії, рамкової угоди про повоєнну відбудову та економічну співпрацю, а також документа, що визначає послідовність кроків до припинення вогню. Вони мають доповнювати мирну рамку з 20 пунктів, над якою Київ і Вашингтон працюють з кінця 2025 року.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Що охоплює перегляд',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'За інформацією Офісу президента, перегляд розподілили між кількома командами. Дипломати й військові вивчають формулювання гарантійних зобов’язань і механізми моніторингу, а першому віцепрем’єр-міністрові доручили економічну частину перегляду, зокрема положення про фінансування відбудови та інвестиції.',
            },
          ],
        },
        {
          type: 'list',
          format: 'unordered',
          children: [
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Юридичні формулювання безпекових зобов’язань США та порядок їх ратифікації',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Моніторинг і верифікація можливого припинення вогню',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Фінансування відбудови та економічне партнерство',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Узгодження з гарантіями, які пропонують європейські партнери',
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Доручення з’явилося після зустрічі в Парижі 7 січня 2026 року, де лідери та високопосадовці так званої «коаліції охочих» — групи переважно європейських країн, готових підтримати безпеку України після припинення вогню, — обговорили, як їхні зобов’язання доповнюватимуть американські. Згідно з оприлюдненими після переговорів заявами, учасники домовилися продовжити роботу на рівні радників з національної безпеки.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Оптимізм у Вашингтоні',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'У Вашингтоні джерело в Білому домі, яке погодилося говорити на умовах анонімності, оскільки не має повноважень публічно коментувати переговори, заявило, що, за його оцінкою, на шляху до завершення війни досягнуто величезного прогресу.',
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '«Ми досягли величезного прогресу. Документи в дуже хорошому стані, і ми вважаємо, що кінець цієї війни зараз ближчий, ніж будь-коли», — сказало джерело.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Українські посадовці висловлюються обережніше: вони наголошують, що жоден документ не буде підписано, доки не погоджено всі частини пакета, і що будь-яке врегулювання має спиратися на гарантії, які унеможливлять новий наступ Росії. Москва публічно не коментувала останні проєкти. В Офісі президента не встановили кінцевого терміну перегляду, але посадовці очікують, що команди прозвітують протягом кількох днів.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'ukraine-winter-athletes-train-through-blackouts-ahead-of-olympics',
    category: 'sport',
    publishedDate: '2026-01-09',
    cover: 'ukraine-winter-athletes-train-through-blackouts-ahead-of-olympics.png',
    credits: [
      {
        reporter: 'taras-boyko',
        role: 'author',
      },
      {
        reporter: 'andriy-kovalchuk',
        role: 'photographer',
      },
    ],
    keyFacts: [],
    en: {
      title: "Ukraine's winter athletes train through blackouts ahead of the Milan-Cortina Olympics",
      dek: 'Biathletes and skiers have spent much of the season abroad, while those at home rely on generators and improvised schedules.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "With less than a month to go before the Winter Olympics in Milan and Cortina d'Ampezzo, Ukrainian athletes are finishing their preparations in conditions that coaches describe as unlike those of any other team.",
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Most members of the national biathlon and cross-country skiing squads have trained at camps abroad this season, as strikes on energy infrastructure have disrupted snowmaking and floodlights at venues in Ukraine. Athletes who stayed at home, including young skiers at a training base in the Carpathians, have adjusted their sessions to fit power outage schedules.',
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '"We train on the snow when there is light, and when there isn\'t, we do strength work," said a coach at the Carpathian training base.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'The National Olympic Committee is expected to confirm the final Olympic team later this month.',
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Українські спортсмени зимових видів спорту тренуються попри відключення світла напередодні Олімпіади в Мілані та Кортіні',
      dek: 'Біатлоністи й лижники провели більшу частину сезону за кордоном, а ті, хто залишився вдома, покладаються на генератори та імпровізовані графіки.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Менш ніж за місяць до зимових Олімпійських ігор у Мілані та Кортіні-д’Ампеццо українські спортсмени завершують підготовку в умовах, які тренери називають непорівнянними з умовами будь-якої іншої команди.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Більшість спортсменів національних збірних з біатлону та лижних перегонів цього сезону тренувалися на зборах за кордоном, оскільки удари по енергетичній інфраструктурі порушили роботу систем штучного засніження та освітлення на українських трасах. Ті, хто залишився вдома, зокрема юні лижники на тренувальній базі в Карпатах, підлаштовують заняття під графіки відключень.',
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '«Коли є світло, тренуємося на снігу, а коли його немає — працюємо над силовою підготовкою», — розповів тренер карпатської бази.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Остаточний склад олімпійської команди Національний олімпійський комітет має затвердити пізніше цього місяця.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'hryvnia-holds-steady-as-central-bank-smooths-post-holiday-demand',
    category: 'economy',
    publishedDate: '2026-01-08',
    cover: 'hryvnia-holds-steady-as-central-bank-smooths-post-holiday-demand.png',
    credits: [
      {
        reporter: 'oksana-lysenko',
        role: 'author',
      },
      {
        reporter: 'james-whitfield',
        role: 'author',
      },
      {
        reporter: 'sofia-tkachenko',
        role: 'author',
      },
      {
        reporter: 'daryna-holub',
        role: 'fact-checker',
      },
    ],
    keyFacts: [],
    en: {
      title: 'Hryvnia holds steady in early January as central bank smooths post-holiday demand',
      dek: "The National Bank's interventions and fresh external financing have kept the currency in a narrow range, analysts say.",
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'The hryvnia traded in a narrow range against the US dollar in the first week of January, as the National Bank of Ukraine sold foreign currency to meet seasonal demand from importers after the holidays.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "Under the managed flexibility regime introduced in 2023, the central bank allows the exchange rate to move in both directions while smoothing out sharp swings. Analysts said the regulator's large international reserves, built up with support from Western partners, gave it room to absorb pressure.",
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'External financing',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "In Washington, International Monetary Fund staff have been working on Ukraine's new lending programme, while in Brussels the European Union has continued disbursements under its multi-year support facility. Economists say steady external financing remains the key factor for currency stability in 2026.",
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '"As long as the financing keeps coming, the National Bank has enough firepower to keep the hryvnia stable," said Andriy Dovzhenko, an economist at a Kyiv-based investment firm.',
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Гривня на початку січня залишається стабільною, а НБУ згладжує післясвятковий попит на валюту',
      dek: 'Інтервенції Національного банку та нове зовнішнє фінансування утримують гривню у вузькому діапазоні, кажуть аналітики.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'У перший тиждень січня гривня торгувалася у вузькому діапазоні щодо долара США: Національний банк України продавав валюту, щоб задовольнити сезонний попит імпортерів після свят.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'У межах режиму керованої гнучкості, запровадженого 2023 року, центральний банк дозволяє курсу коливатися в обидва боки, водночас згладжуючи різкі стрибки. Аналітики зазначають, що великі міжнародні резерви регулятора, накопичені за підтримки західних партнерів, дають йому змогу поглинати тиск.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Зовнішнє фінансування',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'У Вашингтоні фахівці Міжнародного валютного фонду працюють над новою кредитною програмою для України, а в Брюсселі Європейський Союз продовжує виділяти кошти в межах багаторічного механізму підтримки. Економісти кажуть, що стабільне зовнішнє фінансування залишається ключовим чинником курсової стабільності у 2026 році.',
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '«Поки фінансування надходить, у Національного банку достатньо ресурсів, щоб утримувати гривню стабільною», — каже Андрій Довженко, економіст київської інвестиційної компанії.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'coalition-of-the-willing-meets-in-paris-on-guarantees-for-ukraine',
    category: 'world',
    publishedDate: '2026-01-07',
    cover: 'coalition-of-the-willing-meets-in-paris-on-guarantees-for-ukraine.png',
    credits: [
      {
        reporter: 'sofia-tkachenko',
        role: 'author',
      },
      {
        reporter: 'tim-zadorozhnyy',
        role: 'author',
      },
      {
        reporter: 'iryna-bondar',
        role: 'translator',
      },
    ],
    keyFacts: ['peace-talks-timeline'],
    en: {
      title: 'Coalition of the willing meets in Paris to align security guarantees for Ukraine',
      dek: 'Allied leaders and senior officials discussed how European commitments would complement a US guarantee package being negotiated with Kyiv.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Leaders and senior officials from the so-called coalition of the willing met in Paris on 7 January to coordinate the security guarantees they are prepared to offer Ukraine once a ceasefire takes effect.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'The meeting, hosted at the Élysée Palace, focused on how the commitments of European and other partners would fit alongside the bilateral guarantee documents that Ukraine and the United States have been drafting. Delegations discussed air defence support, training of Ukrainian forces, maritime security in the Black Sea and the possible deployment of a multinational reassurance force away from the front line.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Next steps',
            },
          ],
        },
        {
          type: 'list',
          format: 'unordered',
          children: [
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'National security advisers are to continue talks at working level',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Defence planners will refine options for a multinational reassurance force',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Participants will coordinate with Washington on monitoring any ceasefire',
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Diplomats who attended the meeting said the discussions had been constructive but that many details, including the size and mandate of any multinational presence, remain to be settled. Russia has repeatedly said it opposes the deployment of Western troops in Ukraine.',
            },
          ],
        },
      ],
    },
    uk: {
      title: '«Коаліція охочих» зібралася в Парижі, щоб узгодити безпекові гарантії для України',
      dek: 'Союзні лідери та високопосадовці обговорили, як європейські зобов’язання доповнюватимуть пакет гарантій США, щодо якого Вашингтон веде переговори з Києвом.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Лідери та високопосадовці так званої «коаліції охочих» 7 січня зустрілися в Парижі, щоб скоординувати безпекові гарантії, які вони готові надати Україні після того, як набуде чинності припинення вогню.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Зустріч, що відбулася в Єлисейському палаці, була присвячена тому, як зобов’язання європейських та інших партнерів поєднуватимуться з двосторонніми документами про гарантії, які готують Україна та Сполучені Штати. Делегації обговорили підтримку протиповітряної оборони, навчання українських військових, безпеку на Чорному морі та можливе розміщення багатонаціональних сил заспокоєння далеко від лінії фронту.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Наступні кроки',
            },
          ],
        },
        {
          type: 'list',
          format: 'unordered',
          children: [
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Радники з національної безпеки продовжать переговори на робочому рівні',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Військові планувальники доопрацюють варіанти багатонаціональних сил заспокоєння',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Учасники координуватимуть із Вашингтоном моніторинг можливого припинення вогню',
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Дипломати, які були присутні на зустрічі, назвали обговорення конструктивним, однак зазначили, що багато деталей, зокрема чисельність і мандат можливої багатонаціональної присутності, ще належить узгодити. Росія неодноразово заявляла, що виступає проти розміщення західних військ в Україні.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'washington-weighs-next-steps-on-ukraine-support-as-talks-continue',
    category: 'politics',
    publishedDate: '2025-12-18',
    cover: 'washington-weighs-next-steps-on-ukraine-support-as-talks-continue.png',
    credits: [
      {
        reporter: 'james-whitfield',
        role: 'author',
      },
      {
        reporter: 'tim-zadorozhnyy',
        role: 'contributor',
      },
      {
        reporter: 'olena-marchenko',
        role: 'editor',
      },
    ],
    keyFacts: [],
    en: {
      title: 'Washington weighs next steps on Ukraine support as peace talks continue',
      dek: 'Lawmakers from both parties are debating sanctions and aid while the administration pursues a negotiated settlement.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "As US and Ukrainian negotiators continued work on a peace framework, lawmakers in Washington debated how continued military and economic support for Ukraine should fit with the administration's diplomatic push.",
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "Members of both parties in Congress have put forward proposals ranging from tougher sanctions on Russia's energy sector to new mechanisms for selling US-made weapons to European allies for transfer to Ukraine. Congressional aides said none of the proposals was likely to come to a vote before the end of the year.",
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: "Europe's role",
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'European officials visiting Washington this month stressed that they were prepared to shoulder a larger share of the cost of supporting Ukraine, including by buying American weapons, but wanted clarity on US commitments in any post-war security arrangement.',
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Вашингтон обмірковує подальші кроки з підтримки України, поки тривають мирні переговори',
      dek: 'Законодавці обох партій обговорюють санкції та допомогу, тоді як адміністрація прагне врегулювання шляхом переговорів.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Поки американські й українські переговірники продовжували роботу над мирною рамкою, законодавці у Вашингтоні обговорювали, як подальша військова та економічна підтримка України має поєднуватися з дипломатичними зусиллями адміністрації.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Члени Конгресу від обох партій внесли пропозиції — від жорсткіших санкцій проти енергетичного сектору Росії до нових механізмів продажу американської зброї європейським союзникам для подальшої передачі Україні. Помічники конгресменів кажуть, що жодну з цих пропозицій, найімовірніше, не винесуть на голосування до кінця року.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Роль Європи',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Європейські посадовці, які цього місяця відвідали Вашингтон, наголошували, що готові взяти на себе більшу частку витрат на підтримку України, зокрема через закупівлю американської зброї, але хочуть ясності щодо зобов’язань США в будь-якій повоєнній безпековій архітектурі.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'european-commission-says-ukraine-ready-to-open-first-accession-cluster',
    category: 'world',
    publishedDate: '2025-12-16',
    cover: 'european-commission-says-ukraine-ready-to-open-first-accession-cluster.png',
    credits: [
      {
        reporter: 'sofia-tkachenko',
        role: 'author',
      },
      {
        reporter: 'iryna-bondar',
        role: 'translator',
      },
      {
        reporter: 'daryna-holub',
        role: 'fact-checker',
      },
    ],
    keyFacts: [],
    en: {
      title: 'European Commission says Ukraine is ready to open the first cluster of EU accession talks',
      dek: 'The assessment moves Kyiv a step closer to formal negotiations, but opening the cluster still requires the unanimous approval of all 27 member states.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'The European Commission has concluded that Ukraine meets the conditions to open the first cluster of accession negotiations, known as the fundamentals cluster, which covers the rule of law, democratic institutions, public administration reform and economic criteria.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'The assessment follows a screening process in which Commission experts compared Ukrainian legislation with EU law chapter by chapter. Ukrainian officials welcomed the step as recognition of reforms carried out in wartime, including changes to the judiciary and to anti-corruption institutions.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'What happens next',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Formally opening the cluster requires a unanimous decision by EU member states at an intergovernmental conference. At least one government has so far signalled that it is not ready to give its approval, and diplomats in Brussels say the timing remains uncertain.',
            },
          ],
        },
        {
          type: 'list',
          format: 'unordered',
          children: [
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Opening the fundamentals cluster is the first step; five further clusters would follow',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Each cluster requires unanimous approval to be opened and closed',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: "Ukraine's accession process runs in parallel with that of Moldova",
                },
              ],
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Єврокомісія заявила, що Україна готова до відкриття першого кластера переговорів про вступ до ЄС',
      dek: 'Ця оцінка наближає Київ до офіційних переговорів, однак для відкриття кластера все ще потрібна одностайна згода всіх 27 держав-членів.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Європейська комісія дійшла висновку, що Україна відповідає умовам для відкриття першого кластера переговорів про вступ — так званого кластера «Основи», який охоплює верховенство права, демократичні інституції, реформу державного управління та економічні критерії.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Оцінка стала результатом процесу скринінгу, під час якого експерти Комісії розділ за розділом порівнювали українське законодавство з правом ЄС. Українські посадовці привітали цей крок як визнання реформ, проведених в умовах війни, зокрема змін у судовій системі та антикорупційних інституціях.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Що далі',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Для офіційного відкриття кластера потрібне одностайне рішення держав — членів ЄС на міжурядовій конференції. Щонайменше один уряд поки що дав зрозуміти, що не готовий надати згоду, і дипломати в Брюсселі кажуть, що терміни залишаються невизначеними.',
            },
          ],
        },
        {
          type: 'list',
          format: 'unordered',
          children: [
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Відкриття кластера «Основи» — лише перший крок; за ним мають відкриватися ще п’ять кластерів',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Для відкриття й закриття кожного кластера потрібна одностайна згода',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Процес вступу України відбувається паралельно з процесом Молдови',
                },
              ],
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'lviv-winter-book-and-music-festival-draws-crowds-despite-blackouts',
    category: 'culture',
    publishedDate: '2025-12-14',
    cover: 'lviv-winter-book-and-music-festival-draws-crowds-despite-blackouts.png',
    credits: [
      {
        reporter: 'hanna-melnyk',
        role: 'author',
      },
      {
        reporter: 'hanna-melnyk',
        role: 'photographer',
      },
    ],
    keyFacts: [],
    en: {
      title: 'Lviv winter book and music festival draws crowds despite blackouts',
      dek: 'Readings moved to candlelit cafés and concerts ran on generators as organisers adapted the programme to outage schedules.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'A four-day winter festival of books and music in Lviv drew thousands of visitors over the weekend, with organisers rearranging events around scheduled power outages in the city.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Author readings were held in cafés and bookshops with backup power, while evening concerts in the historic centre ran on generators. Several events were dedicated to writers and musicians who have joined the armed forces, and part of the ticket revenue was donated to a rehabilitation centre for wounded soldiers.',
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '"People come because they need this. A concert in the dark is still a concert," said Yaryna Dovhan, one of the festival\'s volunteer coordinators.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "This year's programme also included a children's stage, workshops in Crimean Tatar calligraphy and a fair of independent Ukrainian publishers, many of whom say sales of Ukrainian-language books have kept growing since 2022.",
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Зимовий фестиваль книжок і музики у Львові зібрав натовпи попри відключення світла',
      dek: 'Читання перенесли до кав’ярень при свічках, а концерти відбувалися під генератори: організатори пристосували програму до графіків відключень.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Чотириденний зимовий фестиваль книжок і музики у Львові зібрав на вихідних тисячі відвідувачів. Організатори перебудовували розклад подій відповідно до графіків відключень електроенергії в місті.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Авторські читання відбувалися в кав’ярнях і книгарнях із резервним живленням, а вечірні концерти в історичному центрі — під генератори. Кілька подій присвятили письменникам і музикантам, які долучилися до Збройних сил, а частину виторгу від продажу квитків передали реабілітаційному центру для поранених військових.',
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '«Люди приходять, бо їм це потрібно. Концерт у темряві — це все одно концерт», — каже Ярина Довгань, одна з волонтерських координаторок фестивалю.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Цьогорічна програма також включала дитячу сцену, майстер-класи з кримськотатарської каліграфії та ярмарок незалежних українських видавців, багато з яких кажуть, що продажі україномовних книжок і далі зростають від 2022 року.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'residents-of-occupied-melitopol-describe-pressure-to-take-russian-passports',
    category: 'war',
    publishedDate: '2025-12-12',
    cover: 'residents-of-occupied-melitopol-describe-pressure-to-take-russian-passports.png',
    credits: [
      {
        reporter: 'maryna-kravets',
        role: 'author',
      },
      {
        reporter: 'iryna-bondar',
        role: 'translator',
      },
      {
        reporter: 'olena-marchenko',
        role: 'editor',
      },
    ],
    keyFacts: [],
    en: {
      title: 'Residents of occupied Melitopol describe mounting pressure to take Russian passports',
      dek: 'Without Russian documents, people say, they risk losing access to medical care, pensions and the right to own property.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Residents of Russian-occupied Melitopol say pressure to obtain Russian passports has intensified in recent months, with access to hospitals, pensions and even mobile phone contracts increasingly tied to Russian citizenship.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Several people interviewed for this article, whose names are withheld for their safety, said occupation officials had warned them that property not registered with Russian documents could be declared ownerless and seized.',
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '"They don\'t force you at gunpoint. They just close every door until you have no choice," said a retired teacher who has lived in the city for more than forty years.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Ukraine regards forced passportisation in occupied territories as a violation of international humanitarian law. Ukrainian officials have said that residents who obtain Russian documents under duress in order to survive will not be held responsible for doing so.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'This article was reported by a correspondent in occupied territory whose identity is withheld for security reasons.',
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Мешканці окупованого Мелітополя розповідають про дедалі більший тиск із вимогою отримати російські паспорти',
      dek: 'Без російських документів люди ризикують втратити доступ до медичної допомоги, пенсій і право власності, кажуть вони.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Мешканці окупованого Росією Мелітополя кажуть, що останніми місяцями тиск із вимогою отримати російські паспорти посилився: доступ до лікарень, пенсій і навіть до договорів мобільного зв’язку дедалі частіше залежить від російського громадянства.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Кілька співрозмовників, чиї імена не називаються з міркувань безпеки, розповіли, що окупаційні посадовці попереджали їх: майно, не оформлене за російськими документами, можуть визнати безхазяйним і вилучити.',
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '«Під дулом автомата не змушують. Просто зачиняють перед тобою всі двері, доки не лишиться вибору», — каже вчителька на пенсії, яка прожила в місті понад сорок років.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Україна вважає примусову паспортизацію на окупованих територіях порушенням міжнародного гуманітарного права. Українські посадовці заявляли, що мешканців, які отримують російські документи під примусом, щоб вижити, не притягатимуть за це до відповідальності.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Матеріал підготував кореспондент на окупованій території, ім’я якого не розголошується з міркувань безпеки.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'overnight-drone-attack-damages-homes-in-dnipro-and-kharkiv',
    category: 'war',
    publishedDate: '2025-12-08',
    cover: 'overnight-drone-attack-damages-homes-in-dnipro-and-kharkiv.png',
    credits: [
      {
        reporter: 'ostap-viter',
        role: 'author',
      },
      {
        reporter: 'andriy-kovalchuk',
        role: 'contributor',
        note: 'Additional reporting from Kharkiv',
      },
      {
        reporter: 'olena-marchenko',
        role: 'editor',
      },
    ],
    keyFacts: ['dnipro-kharkiv-attack-what-we-know'],
    en: {
      title: 'Overnight drone attack damages homes in Dnipro and Kharkiv, injuring several people',
      dek: 'Air defence units shot down most of the drones, officials said, but debris and direct hits damaged apartment blocks and a school.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Russia launched a large-scale drone attack on Ukrainian cities overnight, damaging residential buildings in Dnipro and Kharkiv and injuring several people, regional officials said on the morning of 8 December.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'In Dnipro, a drone struck the upper floors of a nine-storey apartment block, starting a fire that emergency crews put out before dawn. Residents of the building were evacuated and offered temporary accommodation. In Kharkiv, falling debris damaged a school building and several private houses.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "Ukraine's Air Force said most of the drones launched during the night had been shot down or suppressed by electronic warfare. The figures could not be independently verified.",
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Aftermath',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Municipal workers began boarding up broken windows and clearing debris in the morning. Regional officials said the injured were receiving medical treatment and that none of them were in a life-threatening condition.',
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Нічна атака дронів пошкодила житлові будинки в Дніпрі та Харкові, є поранені',
      dek: 'За словами посадовців, сили ППО збили більшість дронів, але уламки та прямі влучання пошкодили багатоквартирні будинки й школу.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Уночі Росія здійснила масовану атаку дронів на українські міста, пошкодивши житлові будинки в Дніпрі та Харкові. Кілька людей дістали поранення, повідомили вранці 8 грудня обласні посадовці.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'У Дніпрі дрон влучив у верхні поверхи дев’ятиповерхового будинку, спричинивши пожежу, яку рятувальники ліквідували ще до світанку. Мешканців будинку евакуювали й запропонували їм тимчасове житло. У Харкові уламки пошкодили будівлю школи та кілька приватних будинків.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'У Повітряних силах ЗСУ повідомили, що більшість запущених уночі дронів збили або подавили засобами радіоелектронної боротьби. Незалежно перевірити ці дані неможливо.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Наслідки',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Уранці комунальники почали закривати вибиті вікна та розчищати уламки. В обласних адміністраціях повідомили, що поранені отримують медичну допомогу і життю жодного з них нічого не загрожує.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'kharkiv-repair-crews-race-to-restore-heat-and-power-after-strikes',
    category: 'economy',
    publishedDate: '2025-12-03',
    cover: 'kharkiv-repair-crews-race-to-restore-heat-and-power-after-strikes.png',
    credits: [
      {
        reporter: 'oksana-lysenko',
        role: 'author',
      },
      {
        reporter: 'andriy-kovalchuk',
        role: 'photographer',
      },
      {
        reporter: 'olena-marchenko',
        role: 'editor',
      },
    ],
    keyFacts: [],
    en: {
      title: 'Kharkiv repair crews race to restore heat and power after strikes on energy facilities',
      dek: 'Engineers are working around the clock as temperatures drop below freezing and scheduled outages return to much of the city.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Repair crews in Kharkiv worked through the night to reconnect homes to electricity and heating after a series of overnight strikes damaged energy facilities serving the city, local authorities said.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'By midday, power had been restored to most critical infrastructure, including hospitals and water pumping stations, but many residential districts remained on rotating outage schedules. Officials said it could take several days to bring the damaged equipment fully back into service.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Mobile boilers and generators',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'The city has deployed mobile boiler units to keep heating running in several neighbourhoods and opened additional heating points where residents can warm up, charge their phones and get hot drinks. Energy companies have been stockpiling spare transformers since the summer, a step engineers say has shortened repair times compared with previous winters.',
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '"Every time they hit us, we learn to fix it faster. But the equipment is not infinite," said a shift supervisor at one of the repair sites, who asked to be identified only by his first name, Oleh.',
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Ремонтні бригади в Харкові поспішають відновити тепло й світло після ударів по енергооб’єктах',
      dek: 'Енергетики працюють цілодобово: температура опускається нижче нуля, а в більшості районів міста знову діють графіки відключень.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Ремонтні бригади в Харкові всю ніч працювали над тим, щоб знову під’єднати будинки до електропостачання й опалення після серії нічних ударів, які пошкодили енергетичні об’єкти, що забезпечують місто, повідомила місцева влада.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'До полудня електропостачання відновили на більшості об’єктів критичної інфраструктури, зокрема в лікарнях і на водонасосних станціях, проте в багатьох житлових районах і далі діяли графіки погодинних відключень. За словами посадовців, повне відновлення пошкодженого обладнання може тривати кілька днів.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Мобільні котельні та генератори',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Місто розгорнуло мобільні котельні, щоб підтримувати опалення в кількох мікрорайонах, і відкрило додаткові пункти обігріву, де мешканці можуть зігрітися, зарядити телефони й випити гарячого чаю. Енергетичні компанії з літа накопичували запасні трансформатори — за словами інженерів, це дало змогу скоротити час ремонту порівняно з попередніми зимами.',
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '«Щоразу, коли нас б’ють, ми вчимося лагодити швидше. Але обладнання не безкінечне», — сказав бригадир однієї з ремонтних дільниць, який попросив назвати лише його ім’я — Олег.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'kyiv-tech-forum-showcases-battlefield-tested-software',
    category: 'technology',
    publishedDate: '2025-11-26',
    cover: 'kyiv-tech-forum-showcases-battlefield-tested-software.png',
    credits: [
      {
        reporter: 'petro-hrytsenko',
        role: 'author',
      },
      {
        reporter: 'iryna-bondar',
        role: 'translator',
      },
    ],
    keyFacts: [],
    en: {
      title: 'Kyiv tech forum showcases battlefield-tested software as startups court foreign investors',
      dek: 'Defence-tech and civilian startups pitched products ranging from demining analytics to energy-management apps.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'More than a hundred Ukrainian technology companies presented their products at a two-day forum in Kyiv, where founders pitched to foreign investors and government procurement officials.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Much of the attention went to defence technology: software for processing drone imagery, tools for detecting electronic warfare and analytics that help map minefields. Civilian startups were also prominent, including apps that help households and small businesses manage their power use during outages.',
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '"Two years ago, investors asked whether Ukrainian teams could deliver during a war. Now they ask how quickly we can scale," said Marta Ilchenko, co-founder of a Kyiv-based mapping startup.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Organisers said several memoranda with European investment funds were signed during the forum, although most of the deals are still at an early stage.',
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Київський технологічний форум показав перевірене на полі бою програмне забезпечення: стартапи шукають іноземних інвесторів',
      dek: 'Оборонні та цивільні стартапи презентували продукти — від аналітики для розмінування до застосунків для керування енергоспоживанням.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Понад сто українських технологічних компаній представили свої продукти на дводенному форумі в Києві, де засновники презентували розробки іноземним інвесторам і представникам державних замовників.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Найбільше уваги привернули оборонні технології: програми для обробки зображень із дронів, засоби виявлення радіоелектронної боротьби та аналітика, що допомагає картографувати мінні поля. Помітними були й цивільні стартапи, зокрема застосунки, які допомагають домогосподарствам і малому бізнесу керувати енергоспоживанням під час відключень.',
            },
          ],
        },
        {
          type: 'quote',
          children: [
            {
              type: 'text',
              text: '«Два роки тому інвестори питали, чи зможуть українські команди виконувати зобов’язання під час війни. Тепер вони питають, як швидко ми можемо масштабуватися», — сказала Марта Ільченко, співзасновниця київського картографічного стартапу.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'За словами організаторів, під час форуму підписали кілька меморандумів з європейськими інвестиційними фондами, хоча більшість угод перебуває на ранній стадії.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'odesa-ports-keep-grain-moving-despite-repeated-strikes',
    category: 'economy',
    publishedDate: '2025-11-18',
    cover: 'odesa-ports-keep-grain-moving-despite-repeated-strikes.png',
    credits: [
      {
        reporter: 'dmytro-shevchuk',
        role: 'author',
      },
      {
        reporter: 'oksana-lysenko',
        role: 'contributor',
      },
      {
        reporter: 'daryna-holub',
        role: 'fact-checker',
      },
    ],
    keyFacts: ['grain-corridor-fact-check'],
    en: {
      title: 'Odesa ports keep grain moving despite repeated strikes on port infrastructure',
      dek: "Ukraine's Black Sea shipping route continues to operate, with exporters reporting steady volumes even as insurance costs rise.",
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Ships continued to load grain at ports in the Odesa region this week despite repeated drone and missile attacks on port infrastructure, according to port operators and exporters.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "Ukraine's own Black Sea shipping route, set up in 2023 after Russia withdrew from the UN-brokered grain deal, remains the main channel for the country's agricultural exports. Exporters said monthly volumes this autumn were broadly in line with the previous season, although damage to silos and berths has caused delays.",
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Rising costs',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Traders say war-risk insurance premiums have risen after several strikes near vessels in port, adding to costs that are ultimately passed on to farmers through lower purchase prices. Some producers have shifted part of their shipments to Danube ports and to rail routes through the European Union.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Claims circulating online this month that the corridor has been shut down are not supported by shipping data.',
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Порти Одещини продовжують відвантажувати зерно попри повторні удари по портовій інфраструктурі',
      dek: 'Український морський коридор у Чорному морі продовжує працювати: експортери повідомляють про стабільні обсяги, хоча вартість страхування зростає.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Цього тижня судна продовжували завантажувати зерно в портах Одещини, попри неодноразові атаки дронів і ракет на портову інфраструктуру, повідомили оператори портів та експортери.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Український морський коридор у Чорному морі, запроваджений 2023 року після виходу Росії із зернової угоди, укладеної за посередництва ООН, залишається головним каналом експорту сільськогосподарської продукції країни. За словами експортерів, щомісячні обсяги цієї осені загалом відповідали показникам попереднього сезону, хоча пошкодження елеваторів і причалів спричиняють затримки.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Зростання витрат',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Трейдери кажуть, що страхові премії за воєнні ризики зросли після кількох ударів поблизу суден у портах. Ці витрати зрештою лягають на аграріїв у вигляді нижчих закупівельних цін. Частина виробників перенаправила поставки через дунайські порти та залізничні маршрути через Європейський Союз.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Твердження, які цього місяця поширювалися в мережі, про нібито закриття коридору не підтверджуються даними про судноплавство.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'ukrainian-scientists-begin-new-season-at-vernadsky-station',
    category: 'science',
    publishedDate: '2025-11-12',
    cover: 'ukrainian-scientists-begin-new-season-at-vernadsky-station.png',
    credits: [
      {
        reporter: 'petro-hrytsenko',
        role: 'author',
      },
    ],
    keyFacts: [],
    en: {
      title: "Ukrainian scientists begin a new research season at Antarctica's Vernadsky station",
      dek: 'A new expedition team will continue decades-long ozone measurements and study glacier retreat along the Antarctic Peninsula.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'A new team of Ukrainian polar researchers has arrived at the Akademik Vernadsky station in Antarctica to begin a year-long rotation, continuing one of the longest-running series of atmospheric observations on the continent.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'The station, which the United Kingdom handed over to Ukraine in 1996, holds ozone records dating back to the 1950s, when it operated as the British Faraday station. Data collected there contributed to the discovery of the ozone hole in the 1980s.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Research priorities',
            },
          ],
        },
        {
          type: 'list',
          format: 'unordered',
          children: [
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Monitoring of the ozone layer and ultraviolet radiation',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Glacier and sea-ice observations along the Antarctic Peninsula',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Studies of penguin and seal populations',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Geomagnetic and meteorological measurements',
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Scientists at the National Antarctic Scientific Center say keeping the programme running during the war has required international help with logistics, including transporting the crew via South America.',
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Українські науковці розпочали новий дослідницький сезон на антарктичній станції «Академік Вернадський»',
      dek: 'Нова експедиція продовжить багаторічні вимірювання озону та вивчатиме відступ льодовиків на Антарктичному півострові.',
      body: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Нова команда українських полярників прибула на станцію «Академік Вернадський» в Антарктиді, щоб розпочати річну зміну й продовжити один із найтриваліших рядів атмосферних спостережень на континенті.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Станція, яку Велика Британія передала Україні 1996 року, має ряди вимірювань озону від 1950-х років, коли вона працювала як британська станція «Фарадей». Дані, зібрані там, сприяли відкриттю озонової діри у 1980-х роках.',
            },
          ],
        },
        {
          type: 'heading',
          level: 2,
          children: [
            {
              type: 'text',
              text: 'Пріоритети досліджень',
            },
          ],
        },
        {
          type: 'list',
          format: 'unordered',
          children: [
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Моніторинг озонового шару та ультрафіолетового випромінювання',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Спостереження за льодовиками та морським льодом біля Антарктичного півострова',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Дослідження популяцій пінгвінів і тюленів',
                },
              ],
            },
            {
              type: 'list-item',
              children: [
                {
                  type: 'text',
                  text: 'Геомагнітні та метеорологічні вимірювання',
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'У Національному антарктичному науковому центрі кажуть, що для збереження програми під час війни знадобилася міжнародна допомога з логістикою, зокрема з доставкою екіпажу через Південну Америку.',
            },
          ],
        },
      ],
    },
  },
];

const reporters = [
  {
    slug: 'tim-zadorozhnyy',
    fullName: 'Tim Zadorozhnyy',
    pronouns: 'he/him',
    basedIn: 'Warsaw',
    languages: ['en', 'uk', 'ru'],
    beats: ['foreign policy', 'U.S.-Ukraine relations', 'European politics', 'Russian politics'],
    sameAs: ['https://example.org/people/tim-zadorozhnyy'],
    socialLinks: [
      {
        network: 'x',
        url: 'https://x.com/demo_tim_zadorozhnyy',
      },
      {
        network: 'bluesky',
        url: 'https://bsky.app/profile/demo-tim-zadorozhnyy.bsky.social',
      },
    ],
    publicEmail: 'tim.zadorozhnyy@example.org',
    status: 'active',
    bylineMode: 'named',
    noindex: false,
    photo: 'tim-zadorozhnyy.png',
    photoAlt: 'Portrait of Tim Zadorozhnyy',
    internalNotes:
      'Private note for editors only: prefers Signal for urgent calls; travel plans to Brussels and Washington are shared with the desk only, never publicly.',
    en: {
      jobTitle: 'Reporter',
      shortBio: 'Tim Zadorozhnyy is a reporter based in Warsaw covering foreign policy, U.S.-Ukraine relations, and European and Russian politics.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Tim Zadorozhnyy is a reporter based in Warsaw. He covers foreign policy, U.S.-Ukraine relations, and European and Russian politics.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'He reports in English, Ukrainian and Russian.',
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Кореспондент',
      shortBio:
        'Тім Задорожний — кореспондент у Варшаві. Пише про зовнішню політику, українсько-американські відносини, а також європейську та російську політику.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Тім Задорожний — кореспондент, який працює у Варшаві. Висвітлює зовнішню політику, українсько-американські відносини, а також європейську та російську політику.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Працює англійською, українською та російською мовами.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'olena-marchenko',
    fullName: 'Olena Marchenko',
    pronouns: 'she/her',
    basedIn: 'Kyiv',
    languages: ['uk', 'en'],
    beats: ['news desk', 'politics', 'war', 'breaking news'],
    sameAs: ['https://example.org/people/olena-marchenko'],
    socialLinks: [
      {
        network: 'x',
        url: 'https://x.com/demo_olena_marchenko',
      },
    ],
    publicEmail: 'olena.marchenko@example.org',
    status: 'active',
    bylineMode: 'named',
    noindex: false,
    photo: 'olena-marchenko.png',
    photoAlt: 'Portrait of Olena Marchenko',
    internalNotes:
      'Private note for editors only: on-call lead for the overnight desk; her personal mobile number is in the staff directory and must not be published.',
    en: {
      jobTitle: 'Senior Editor',
      shortBio: 'Olena Marchenko is a senior editor on the news desk in Kyiv, overseeing coverage of politics, the war and breaking news.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Olena Marchenko has edited news coverage in Kyiv since 2016 and leads the overnight desk during large-scale air attacks.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Before joining the newsroom, she worked as a regional reporter in Chernihiv.',
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Старша редакторка',
      shortBio: 'Олена Марченко — старша редакторка відділу новин у Києві. Керує висвітленням політики, війни та термінових новин.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Олена Марченко редагує новини в Києві з 2016 року й очолює нічну зміну під час масованих повітряних атак.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'До того як приєднатися до редакції, працювала регіональною кореспонденткою в Чернігові.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'andriy-kovalchuk',
    fullName: 'Andriy Kovalchuk',
    pronouns: 'he/him',
    basedIn: 'Kharkiv',
    languages: ['uk', 'en'],
    beats: ['photojournalism', 'Kharkiv', 'front line', 'civilian life'],
    sameAs: ['https://example.org/people/andriy-kovalchuk', 'https://portfolio.example.com/andriy-kovalchuk'],
    socialLinks: [
      {
        network: 'instagram',
        url: 'https://www.instagram.com/demo_andriy_kovalchuk_photo',
      },
    ],
    status: 'active',
    bylineMode: 'named',
    noindex: false,
    photo: 'andriy-kovalchuk.png',
    photoAlt: 'Portrait of Andriy Kovalchuk',
    internalNotes:
      'Private note for editors only: holds press accreditation for the Kharkiv sector of the front; his body-armour insurance renewal is due in March.',
    en: {
      jobTitle: 'Photographer',
      shortBio: 'Andriy Kovalchuk is a Kharkiv-based photographer documenting life in frontline cities and the work of rescue and repair crews.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Andriy Kovalchuk has photographed the war in eastern Ukraine since 2014. His work focuses on civilians, first responders and energy workers in the Kharkiv region.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'His photographs have been exhibited in Kyiv, Kraków and Vilnius.',
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Фотограф',
      shortBio: 'Андрій Ковальчук — фотограф із Харкова. Документує життя прифронтових міст і роботу рятувальників та ремонтних бригад.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Андрій Ковальчук фотографує війну на сході України з 2014 року. У центрі його роботи — цивільні, рятувальники та енергетики Харківщини.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Його фотографії експонувалися в Києві, Кракові та Вільнюсі.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'iryna-bondar',
    fullName: 'Iryna Bondar',
    pronouns: 'she/her',
    basedIn: 'Lviv',
    languages: ['uk', 'en', 'pl'],
    beats: ['translation', 'EU affairs', 'culture'],
    sameAs: ['https://example.org/people/iryna-bondar'],
    socialLinks: [],
    status: 'active',
    bylineMode: 'named',
    noindex: true,
    photo: 'iryna-bondar.png',
    photoAlt: 'Portrait of Iryna Bondar',
    internalNotes:
      'Private note for editors only: asked not to be indexed by search engines after online harassment in 2024; do not tag her personal accounts.',
    en: {
      jobTitle: 'Translator',
      shortBio: "Iryna Bondar translates the newsroom's reporting between Ukrainian and English and works with Polish-language sources from Lviv.",
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "Iryna Bondar is a translator based in Lviv. She translates the newsroom's reporting between Ukrainian and English and helps reporters work with Polish-language sources and documents.",
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Перекладачка',
      shortBio: 'Ірина Бондар — перекладачка зі Львова. Перекладає матеріали редакції українською та англійською мовами, працює з польськомовними джерелами.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Ірина Бондар — перекладачка, яка працює у Львові. Перекладає матеріали редакції з української англійською й навпаки та допомагає журналістам працювати з польськомовними джерелами й документами.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'daryna-holub',
    fullName: 'Daryna Holub',
    pronouns: 'she/her',
    basedIn: 'Kyiv',
    languages: ['uk', 'en', 'ru'],
    beats: ['fact-checking', 'disinformation', 'open-source research'],
    sameAs: ['https://example.org/people/daryna-holub'],
    socialLinks: [
      {
        network: 'mastodon',
        url: 'https://mastodon.example/@demo_daryna_holub',
      },
    ],
    publicEmail: 'factcheck@example.org',
    status: 'active',
    bylineMode: 'named',
    noindex: false,
    photo: 'daryna-holub.png',
    photoAlt: 'Portrait of Daryna Holub',
    internalNotes: 'Private note for editors only: maintains the shared verification log; never publish links to her OSINT workspace.',
    en: {
      jobTitle: 'Fact-checker',
      shortBio: 'Daryna Holub is a fact-checker in Kyiv who verifies claims, figures and open-source material before publication.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Daryna Holub is a fact-checker based in Kyiv. She verifies claims, statistics, images and other open-source material before publication and tracks disinformation campaigns targeting Ukrainian audiences.',
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Фактчекерка',
      shortBio: 'Дарина Голуб — фактчекерка в Києві. Перевіряє твердження, цифри та дані з відкритих джерел перед публікацією.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Дарина Голуб — фактчекерка, яка працює в Києві. Перед публікацією перевіряє твердження, статистику, зображення та інші дані з відкритих джерел, а також відстежує дезінформаційні кампанії, спрямовані на українську аудиторію.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'oksana-lysenko',
    fullName: 'Oksana Lysenko',
    pronouns: 'she/her',
    basedIn: 'Kyiv',
    languages: ['uk', 'en'],
    beats: ['economy', 'energy', 'agriculture', 'public finance'],
    sameAs: ['https://example.org/people/oksana-lysenko'],
    socialLinks: [
      {
        network: 'x',
        url: 'https://x.com/demo_oksana_lysenko',
      },
      {
        network: 'linkedin',
        url: 'https://www.linkedin.com/in/demo-oksana-lysenko',
      },
    ],
    publicEmail: 'oksana.lysenko@example.org',
    status: 'active',
    bylineMode: 'named',
    noindex: false,
    photo: 'oksana-lysenko.png',
    photoAlt: 'Portrait of Oksana Lysenko',
    internalNotes:
      'Private note for editors only: has a standing embargo arrangement with the central bank press office; check with her before publishing embargoed figures.',
    en: {
      jobTitle: 'Economics Correspondent',
      shortBio: "Oksana Lysenko covers Ukraine's economy from Kyiv, with a focus on energy, agriculture, public finance and the hryvnia.",
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "Oksana Lysenko covers Ukraine's economy from Kyiv. She writes about the energy system, agricultural exports, public finance and monetary policy.",
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'She previously worked as an analyst at a Kyiv investment bank.',
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Економічна кореспондентка',
      shortBio: 'Оксана Лисенко пише про економіку України з Києва, зосереджуючись на енергетиці, аграрному секторі, державних фінансах і гривні.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Оксана Лисенко висвітлює економіку України з Києва. Пише про енергосистему, аграрний експорт, державні фінанси та монетарну політику.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Раніше працювала аналітикинею в київському інвестиційному банку.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'sofia-tkachenko',
    fullName: 'Sofia Tkachenko',
    pronouns: 'she/her',
    basedIn: 'Brussels',
    languages: ['en', 'uk', 'fr'],
    beats: ['EU affairs', 'EU enlargement', 'NATO', 'European politics'],
    sameAs: ['https://example.org/people/sofia-tkachenko'],
    socialLinks: [
      {
        network: 'bluesky',
        url: 'https://bsky.app/profile/demo-sofia-tkachenko.bsky.social',
      },
    ],
    publicEmail: 'sofia.tkachenko@example.org',
    status: 'active',
    bylineMode: 'named',
    noindex: false,
    photo: 'sofia-tkachenko.png',
    photoAlt: 'Portrait of Sofia Tkachenko',
    internalNotes: 'Private note for editors only: EU Council accreditation renewed until June; her source list is kept in the secure drive, not in the CMS.',
    en: {
      jobTitle: 'Brussels Correspondent',
      shortBio: "Sofia Tkachenko is the Brussels correspondent, covering the European Union, NATO and Ukraine's path to EU membership.",
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "Sofia Tkachenko is the newsroom's Brussels correspondent. She covers EU summits, sanctions, enlargement policy and NATO.",
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'She reports in English, Ukrainian and French.',
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Кореспондентка в Брюсселі',
      shortBio: 'Софія Ткаченко — кореспондентка в Брюсселі. Висвітлює роботу Європейського Союзу, НАТО та шлях України до членства в ЄС.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Софія Ткаченко — кореспондентка редакції в Брюсселі. Висвітлює саміти ЄС, санкції, політику розширення та НАТО.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Працює англійською, українською та французькою мовами.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'james-whitfield',
    fullName: 'James Whitfield',
    pronouns: 'he/him',
    basedIn: 'Washington',
    languages: ['en'],
    beats: ['U.S. politics', 'Congress', 'sanctions', 'U.S.-Ukraine relations'],
    sameAs: ['https://example.com/contributors/james-whitfield'],
    socialLinks: [
      {
        network: 'x',
        url: 'https://x.com/demo_james_whitfield',
      },
    ],
    publicEmail: 'james.whitfield@example.org',
    status: 'active',
    bylineMode: 'named',
    noindex: false,
    photo: 'james-whitfield.png',
    photoAlt: 'Portrait of James Whitfield',
    internalNotes: 'Private note for editors only: freelancer on retainer; invoices go to finance by the 5th of each month.',
    en: {
      jobTitle: 'Washington Correspondent',
      shortBio: 'James Whitfield reports from Washington on the White House, Congress, sanctions policy and U.S. support for Ukraine.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "James Whitfield is the newsroom's Washington correspondent. He covers the White House, Congress and U.S. sanctions policy.",
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Кореспондент у Вашингтоні',
      shortBio: 'Джеймс Вітфілд працює у Вашингтоні й пише про Білий дім, Конгрес, санкційну політику та підтримку України з боку США.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Джеймс Вітфілд — кореспондент редакції у Вашингтоні. Висвітлює роботу Білого дому, Конгресу та санкційну політику США.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'hanna-melnyk',
    fullName: 'Hanna Melnyk',
    pronouns: 'she/her',
    basedIn: 'Lviv',
    languages: ['uk', 'en', 'pl'],
    beats: ['culture', 'books', 'music', 'Lviv'],
    sameAs: ['https://example.org/people/hanna-melnyk'],
    socialLinks: [
      {
        network: 'instagram',
        url: 'https://www.instagram.com/demo_hanna_melnyk',
      },
      {
        network: 'threads',
        url: 'https://www.threads.net/@demo_hanna_melnyk',
      },
    ],
    status: 'active',
    bylineMode: 'named',
    noindex: false,
    photo: 'hanna-melnyk.png',
    photoAlt: 'Portrait of Hanna Melnyk',
    internalNotes: 'Private note for editors only: shoots her own photos at events; check image rights for festival stages before publishing.',
    en: {
      jobTitle: 'Culture Reporter',
      shortBio: 'Hanna Melnyk writes about books, music and the arts from Lviv, and often photographs the events she covers.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "Hanna Melnyk is a culture reporter based in Lviv. She writes about literature, music, theatre and the city's cultural life during the war.",
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'She often photographs the events she covers.',
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Кореспондентка відділу культури',
      shortBio: 'Ганна Мельник пише про книжки, музику й мистецтво зі Львова та часто сама фотографує події, про які розповідає.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Ганна Мельник — кореспондентка відділу культури, яка працює у Львові. Пише про літературу, музику, театр і культурне життя міста під час війни.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Часто сама фотографує події, про які розповідає.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'dmytro-shevchuk',
    fullName: 'Dmytro Shevchuk',
    pronouns: 'he/him',
    basedIn: 'Odesa',
    languages: ['uk', 'ru', 'en'],
    beats: ['southern Ukraine', 'Black Sea', 'ports and shipping', 'grain exports'],
    sameAs: ['https://example.org/people/dmytro-shevchuk'],
    socialLinks: [
      {
        network: 'telegram',
        url: 'https://t.me/demo_dmytro_shevchuk',
      },
    ],
    publicEmail: 'dmytro.shevchuk@example.org',
    status: 'active',
    bylineMode: 'named',
    noindex: false,
    photo: 'dmytro-shevchuk.png',
    photoAlt: 'Portrait of Dmytro Shevchuk',
    internalNotes: 'Private note for editors only: port access passes are issued in his name; keep his contact at the port authority confidential.',
    en: {
      jobTitle: 'Southern Ukraine Correspondent',
      shortBio: 'Dmytro Shevchuk covers southern Ukraine from Odesa, including the Black Sea, ports, shipping and grain exports.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Dmytro Shevchuk is based in Odesa and covers southern Ukraine, maritime security in the Black Sea, ports and agricultural exports.',
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Кореспондент на півдні України',
      shortBio: 'Дмитро Шевчук висвітлює події на півдні України з Одеси: Чорне море, порти, судноплавство й експорт зерна.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Дмитро Шевчук працює в Одесі й висвітлює події на півдні України, безпеку в Чорному морі, роботу портів та аграрний експорт.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'petro-hrytsenko',
    fullName: 'Petro Hrytsenko',
    pronouns: 'he/him',
    basedIn: 'London',
    languages: ['uk', 'en'],
    beats: ['science', 'technology', 'polar research', 'startups'],
    sameAs: ['https://example.org/people/petro-hrytsenko'],
    socialLinks: [
      {
        network: 'linkedin',
        url: 'https://www.linkedin.com/in/demo-petro-hrytsenko',
      },
    ],
    status: 'alumni',
    bylineMode: 'named',
    noindex: false,
    photo: 'petro-hrytsenko.png',
    photoAlt: 'Portrait of Petro Hrytsenko',
    internalNotes:
      'Private note for editors only: left the staff in December 2025; still reachable for corrections on his past stories via the personal email on file.',
    en: {
      jobTitle: 'Science and Technology Reporter',
      shortBio: 'Petro Hrytsenko covered science and technology for the newsroom until the end of 2025. He is now based in London.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: "Petro Hrytsenko was the newsroom's science and technology reporter, covering polar research, space, Ukraine's tech sector and defence startups.",
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'He left the newsroom at the end of 2025 and is now based in London.',
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Кореспондент відділу науки й технологій',
      shortBio: 'Петро Гриценко писав для редакції про науку й технології до кінця 2025 року. Нині живе в Лондоні.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Петро Гриценко був кореспондентом редакції з питань науки й технологій: писав про полярні дослідження, космос, український технологічний сектор та оборонні стартапи.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Наприкінці 2025 року залишив редакцію; нині живе в Лондоні.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'maryna-kravets',
    fullName: 'Maryna Kravets',
    basedIn: 'Melitopol',
    languages: ['uk', 'ru'],
    beats: ['occupied territories', 'human rights', 'southern Ukraine'],
    sameAs: ['https://example.org/people/maryna-kravets'],
    socialLinks: [
      {
        network: 'telegram',
        url: 'https://t.me/demo_maryna_kravets',
      },
    ],
    publicEmail: 'maryna.kravets@example.org',
    status: 'active',
    bylineMode: 'withheld',
    noindex: false,
    photo: 'maryna-kravets.png',
    photoAlt: 'Portrait of Maryna Kravets',
    internalNotes:
      'CONFIDENTIAL, never publish: real name Maryna Kravets, lives in occupied Melitopol. Files via the secure drop only; all contact goes through Olena Marchenko.',
    en: {
      jobTitle: 'Correspondent',
      shortBio: 'Maryna Kravets reports from Russian-occupied southern Ukraine on daily life, human rights and pressure on civilians.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Maryna Kravets reports from Russian-occupied Melitopol on daily life under occupation, human rights abuses and pressure on civilians to accept Russian citizenship.',
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Кореспондент',
      shortBio: 'Марина Кравець розповідає з окупованого Росією півдня України про повсякденне життя, права людини й тиск на цивільних.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Марина Кравець працює в окупованому Росією Мелітополі й розповідає про повсякденне життя в окупації, порушення прав людини та тиск на цивільних із вимогою прийняти російське громадянство.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'ostap-viter',
    fullName: 'Ostap Viter',
    pronouns: 'he/him',
    basedIn: 'Dnipro',
    languages: ['uk', 'en'],
    beats: ['front line', 'air attacks', 'civilian life', 'military affairs'],
    sameAs: ['https://example.org/people/ostap-viter'],
    socialLinks: [],
    status: 'active',
    bylineMode: 'pseudonym',
    noindex: false,
    photo: 'ostap-viter.png',
    photoAlt: 'Abstract illustration used as the avatar of the pen name Ostap Viter',
    internalNotes: 'Private note for editors only: pen name of Serhiy Pavlenko; the real name must never appear in print, metadata or image captions.',
    en: {
      jobTitle: 'Reporter',
      shortBio: 'Ostap Viter is the pen name of a Dnipro-based reporter covering the front line, air attacks and civilian life in eastern Ukraine.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Ostap Viter is the pen name of a reporter based in Dnipro. He covers the front line, air attacks on cities in eastern Ukraine and the lives of civilians nearby.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'The newsroom knows his identity and uses a pen name for his safety.',
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Кореспондент',
      shortBio: 'Остап Вітер — псевдонім кореспондента з Дніпра, який висвітлює події на фронті, повітряні атаки та життя цивільних на сході України.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Остап Вітер — псевдонім кореспондента, який працює в Дніпрі. Він висвітлює події на фронті, повітряні атаки на міста сходу України та життя цивільних поблизу лінії фронту.',
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Редакції відома його особа; псевдонім використовується з міркувань безпеки.',
            },
          ],
        },
      ],
    },
  },
  {
    slug: 'taras-boyko',
    fullName: 'Taras Boyko',
    pronouns: 'he/him',
    basedIn: 'Dnipro',
    languages: ['uk', 'en'],
    beats: ['sport', 'Olympic sports', 'football'],
    sameAs: ['https://example.org/people/taras-boyko'],
    socialLinks: [
      {
        network: 'x',
        url: 'https://x.com/demo_taras_boyko',
      },
    ],
    publicEmail: 'taras.boyko@example.org',
    status: 'active',
    bylineMode: 'named',
    noindex: false,
    photo: 'taras-boyko.png',
    photoAlt: 'Portrait of Taras Boyko',
    internalNotes: 'Private note for editors only: season accreditation for the Ukrainian Premier League is still pending; do not promise match access.',
    en: {
      jobTitle: 'Sports Reporter',
      shortBio: 'Taras Boyko covers sport, from football to Olympic winter disciplines, and how Ukrainian athletes train and compete during the war.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Taras Boyko is a sports reporter based in Dnipro. He covers football, Olympic sports and the ways Ukrainian athletes keep training and competing during the war.',
            },
          ],
        },
      ],
    },
    uk: {
      jobTitle: 'Спортивний журналіст',
      shortBio:
        'Тарас Бойко пише про спорт — від футболу до зимових олімпійських дисциплін — і про те, як українські спортсмени тренуються та змагаються під час війни.',
      bio: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              text: 'Тарас Бойко — спортивний журналіст, який працює в Дніпрі. Пише про футбол, олімпійські види спорту та про те, як українські спортсмени продовжують тренуватися й змагатися під час війни.',
            },
          ],
        },
      ],
    },
  },
];

const keyFactsBoxes = [
  {
    key: 'zelensky-guarantees-key-facts',
    kind: 'key-facts',
    lastVerifiedAt: '2026-01-12T10:00:00.000Z',
    en: {
      title: 'Key facts',
      facts: [
        {
          text: 'On 12 January 2026, President Volodymyr Zelensky ordered a final review of the draft documents on US security guarantees for Ukraine.',
          label: 'Final review',
          sources: [
            {
              name: 'Office of the President of Ukraine',
              url: 'https://www.president.gov.ua/en',
            },
          ],
        },
        {
          text: 'The package consists of three core documents: a bilateral US-Ukraine security guarantee agreement, a framework on reconstruction and economic cooperation, and a document on the sequence of steps toward a ceasefire.',
          label: 'Three core documents',
          sources: [
            {
              name: 'Office of the President of Ukraine',
              url: 'https://www.president.gov.ua/en',
            },
          ],
        },
        {
          text: 'The documents are meant to accompany a 20-point peace framework that Kyiv and Washington have been refining since late 2025.',
          label: '20-point framework',
          sources: [
            {
              name: 'Office of the President of Ukraine',
              url: 'https://www.president.gov.ua/en',
            },
            {
              name: 'The White House',
              url: 'https://www.whitehouse.gov/',
            },
          ],
        },
        {
          text: 'Leaders and senior officials of the coalition of the willing met in Paris on 7 January 2026 to discuss how European guarantees would complement US commitments.',
          label: 'Paris meeting',
          date: '2026-01-07',
          sources: [
            {
              name: 'Élysée, Presidency of the French Republic',
              url: 'https://www.elysee.fr/en/',
            },
            {
              name: 'Ministry of Foreign Affairs of Ukraine',
              url: 'https://mfa.gov.ua/en',
            },
          ],
        },
        {
          text: "Ukraine's First Deputy Prime Minister was tasked with the economic part of the review, covering reconstruction financing and investment provisions.",
          label: 'Economic review',
          sources: [
            {
              name: 'Cabinet of Ministers of Ukraine',
              url: 'https://www.kmu.gov.ua/en',
            },
            {
              name: 'Office of the President of Ukraine',
              url: 'https://www.president.gov.ua/en',
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Ключові факти',
      facts: [
        {
          text: '12 січня 2026 року президент Володимир Зеленський доручив провести фінальний перегляд проєктів документів про безпекові гарантії США для України.',
          label: 'Фінальний перегляд',
          sources: [
            {
              name: 'Офіс Президента України',
              url: 'https://www.president.gov.ua/en',
            },
          ],
        },
        {
          text: 'Пакет складається з трьох ключових документів: двосторонньої угоди між США та Україною про безпекові гарантії, рамкової угоди про відбудову та економічну співпрацю, а також документа про послідовність кроків до припинення вогню.',
          label: 'Три ключові документи',
          sources: [
            {
              name: 'Офіс Президента України',
              url: 'https://www.president.gov.ua/en',
            },
          ],
        },
        {
          text: 'Документи мають супроводжувати мирну рамку з 20 пунктів, яку Київ і Вашингтон доопрацьовують з кінця 2025 року.',
          label: 'Мирна рамка з 20 пунктів',
          sources: [
            {
              name: 'Офіс Президента України',
              url: 'https://www.president.gov.ua/en',
            },
            {
              name: 'Білий дім',
              url: 'https://www.whitehouse.gov/',
            },
          ],
        },
        {
          text: '7 січня 2026 року лідери та високопосадовці «коаліції охочих» зустрілися в Парижі, щоб обговорити, як європейські гарантії доповнюватимуть зобов’язання США.',
          label: 'Зустріч у Парижі',
          date: '2026-01-07',
          sources: [
            {
              name: 'Єлисейський палац, Президент Французької Республіки',
              url: 'https://www.elysee.fr/en/',
            },
            {
              name: 'Міністерство закордонних справ України',
              url: 'https://mfa.gov.ua/en',
            },
          ],
        },
        {
          text: 'Першому віцепрем’єр-міністрові України доручили економічну частину перегляду, що охоплює фінансування відбудови та положення про інвестиції.',
          label: 'Економічна частина',
          sources: [
            {
              name: 'Кабінет Міністрів України',
              url: 'https://www.kmu.gov.ua/en',
            },
            {
              name: 'Офіс Президента України',
              url: 'https://www.president.gov.ua/en',
            },
          ],
        },
      ],
    },
  },
  {
    key: 'peace-talks-timeline',
    kind: 'timeline',
    lastVerifiedAt: '2026-01-12T12:00:00.000Z',
    en: {
      title: 'Timeline: the road to security guarantees',
      facts: [
        {
          text: 'US and Ukrainian delegations hold talks in Geneva on a draft US peace plan and agree to keep working on a revised framework.',
          label: 'Geneva talks',
          date: '2025-11-23',
          sources: [
            {
              name: 'Office of the President of Ukraine',
              url: 'https://www.president.gov.ua/en',
            },
          ],
        },
        {
          text: "Ukraine's president publicly outlines a 20-point peace framework drafted together with the United States.",
          label: '20-point framework',
          date: '2025-12-24',
          sources: [
            {
              name: 'Office of the President of Ukraine',
              url: 'https://www.president.gov.ua/en',
            },
          ],
        },
        {
          text: 'Leaders of the coalition of the willing meet in Paris to align European security guarantees with the US package.',
          label: 'Paris meeting',
          date: '2026-01-07',
          sources: [
            {
              name: 'Élysée, Presidency of the French Republic',
              url: 'https://www.elysee.fr/en/',
            },
          ],
        },
        {
          text: 'President Zelensky orders a final review of the three core documents on US security guarantees, with the economic part assigned to the First Deputy Prime Minister.',
          label: 'Final review',
          date: '2026-01-12',
          sources: [
            {
              name: 'Office of the President of Ukraine',
              url: 'https://www.president.gov.ua/en',
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Хронологія: шлях до безпекових гарантій',
      facts: [
        {
          text: 'Делегації США та України проводять у Женеві переговори щодо проєкту американського мирного плану й домовляються продовжити роботу над оновленою рамкою.',
          label: 'Переговори в Женеві',
          date: '2025-11-23',
          sources: [
            {
              name: 'Офіс Президента України',
              url: 'https://www.president.gov.ua/en',
            },
          ],
        },
        {
          text: 'Президент України публічно представляє мирну рамку з 20 пунктів, підготовлену спільно зі Сполученими Штатами.',
          label: 'Рамка з 20 пунктів',
          date: '2025-12-24',
          sources: [
            {
              name: 'Офіс Президента України',
              url: 'https://www.president.gov.ua/en',
            },
          ],
        },
        {
          text: 'Лідери «коаліції охочих» зустрічаються в Парижі, щоб узгодити європейські безпекові гарантії з американським пакетом.',
          label: 'Зустріч у Парижі',
          date: '2026-01-07',
          sources: [
            {
              name: 'Єлисейський палац, Президент Французької Республіки',
              url: 'https://www.elysee.fr/en/',
            },
          ],
        },
        {
          text: 'Президент Зеленський доручає провести фінальний перегляд трьох ключових документів про безпекові гарантії США; економічну частину доручено першому віцепрем’єр-міністрові.',
          label: 'Фінальний перегляд',
          date: '2026-01-12',
          sources: [
            {
              name: 'Офіс Президента України',
              url: 'https://www.president.gov.ua/en',
            },
          ],
        },
      ],
    },
  },
  {
    key: 'grain-corridor-fact-check',
    kind: 'fact-check',
    lastVerifiedAt: '2025-11-18T15:30:00.000Z',
    en: {
      title: 'Fact check: Has the grain corridor been shut down?',
      facts: [
        {
          text: 'Port operators in the Odesa region reported vessels loading and departing throughout November 2025, despite strikes on port infrastructure.',
          label: 'Ships still sailing',
          sources: [
            {
              name: 'Ukrainian Sea Ports Authority',
              url: 'https://www.uspa.gov.ua/',
            },
          ],
        },
        {
          text: 'Attacks damaged silos and berths and caused temporary delays at some terminals, but did not halt operations along the corridor.',
          label: 'Delays, not closure',
          sources: [
            {
              name: 'Ukrainian Sea Ports Authority',
              url: 'https://www.uspa.gov.ua/',
            },
            {
              name: 'Cabinet of Ministers of Ukraine',
              url: 'https://www.kmu.gov.ua/en',
            },
          ],
        },
        {
          text: 'Exporters also use Danube ports and rail routes through the EU, which continued to operate during the period under review.',
          label: 'Alternative routes',
          sources: [
            {
              name: 'Cabinet of Ministers of Ukraine',
              url: 'https://www.kmu.gov.ua/en',
            },
          ],
        },
        {
          text: 'The claim appeared on several anonymous Telegram channels without supporting evidence such as shipping data or official statements.',
          label: 'Origin of the claim',
        },
      ],
      claimReviewed: "Ukraine's Black Sea grain corridor has been completely shut down and no ships are leaving Odesa ports.",
      claimAuthor: 'Posts on anonymous Telegram channels',
      rating: {
        value: 1,
        label: 'False',
      },
    },
    uk: {
      title: 'Фактчек: чи закрито зерновий коридор?',
      facts: [
        {
          text: 'Оператори портів Одещини повідомляли про завантаження та відхід суден упродовж усього листопада 2025 року, попри удари по портовій інфраструктурі.',
          label: 'Судна й далі виходять',
          sources: [
            {
              name: 'Адміністрація морських портів України',
              url: 'https://www.uspa.gov.ua/',
            },
          ],
        },
        {
          text: 'Атаки пошкодили елеватори й причали та спричинили тимчасові затримки на деяких терміналах, але не зупинили роботу коридору.',
          label: 'Затримки, а не закриття',
          sources: [
            {
              name: 'Адміністрація морських портів України',
              url: 'https://www.uspa.gov.ua/',
            },
            {
              name: 'Кабінет Міністрів України',
              url: 'https://www.kmu.gov.ua/en',
            },
          ],
        },
        {
          text: 'Експортери також використовують дунайські порти й залізничні маршрути через ЄС, які в цей період працювали.',
          label: 'Альтернативні маршрути',
          sources: [
            {
              name: 'Кабінет Міністрів України',
              url: 'https://www.kmu.gov.ua/en',
            },
          ],
        },
        {
          text: 'Твердження з’явилося в кількох анонімних Telegram-каналах без жодних доказів — ні даних про судноплавство, ні офіційних заяв.',
          label: 'Походження твердження',
        },
      ],
      claimReviewed: 'Український зерновий коридор у Чорному морі повністю закрито, і жодне судно не виходить з одеських портів.',
      claimAuthor: 'Дописи в анонімних Telegram-каналах',
      rating: {
        value: 1,
        label: 'Неправда',
      },
    },
  },
  {
    key: 'dnipro-kharkiv-attack-what-we-know',
    kind: 'what-we-know',
    lastVerifiedAt: '2025-12-08T09:30:00.000Z',
    en: {
      title: 'What we know so far',
      facts: [
        {
          text: 'A drone hit the upper floors of a nine-storey apartment building, causing a fire that was put out before dawn. Residents were evacuated.',
          label: 'Dnipro',
          sources: [
            {
              name: 'State Emergency Service of Ukraine',
              url: 'https://dsns.gov.ua/',
            },
            {
              name: 'Dnipropetrovsk Regional Military Administration',
              url: 'https://adm.dp.gov.ua/',
            },
          ],
        },
        {
          text: 'Falling debris damaged a school building and several private houses.',
          label: 'Kharkiv',
          sources: [
            {
              name: 'Kharkiv Regional Military Administration',
              url: 'https://kharkivoda.gov.ua/',
            },
          ],
        },
        {
          text: 'Regional officials reported at least six people injured across the two cities. None of them are in a life-threatening condition.',
          label: 'Casualties',
          sources: [
            {
              name: 'Dnipropetrovsk Regional Military Administration',
              url: 'https://adm.dp.gov.ua/',
            },
            {
              name: 'Kharkiv Regional Military Administration',
              url: 'https://kharkivoda.gov.ua/',
            },
          ],
        },
        {
          text: "Ukraine's Air Force said most of the drones were shot down or suppressed by electronic warfare. The figures have not been independently verified.",
          label: 'Air defence',
          sources: [
            {
              name: 'Ministry of Defence of Ukraine',
              url: 'https://www.mil.gov.ua/en/',
            },
          ],
        },
      ],
    },
    uk: {
      title: 'Що відомо на цей час',
      facts: [
        {
          text: 'Дрон влучив у верхні поверхи дев’ятиповерхового житлового будинку, спричинивши пожежу, яку ліквідували до світанку. Мешканців евакуювали.',
          label: 'Дніпро',
          sources: [
            {
              name: 'Державна служба України з надзвичайних ситуацій',
              url: 'https://dsns.gov.ua/',
            },
            {
              name: 'Дніпропетровська обласна військова адміністрація',
              url: 'https://adm.dp.gov.ua/',
            },
          ],
        },
        {
          text: 'Уламки пошкодили будівлю школи та кілька приватних будинків.',
          label: 'Харків',
          sources: [
            {
              name: 'Харківська обласна військова адміністрація',
              url: 'https://kharkivoda.gov.ua/',
            },
          ],
        },
        {
          text: 'За даними обласних посадовців, у двох містах поранено щонайменше шестеро людей. Життю жодного з них нічого не загрожує.',
          label: 'Постраждалі',
          sources: [
            {
              name: 'Дніпропетровська обласна військова адміністрація',
              url: 'https://adm.dp.gov.ua/',
            },
            {
              name: 'Харківська обласна військова адміністрація',
              url: 'https://kharkivoda.gov.ua/',
            },
          ],
        },
        {
          text: 'Повітряні сили ЗСУ повідомили, що більшість дронів збито або подавлено засобами РЕБ. Незалежно перевірити ці дані неможливо.',
          label: 'ППО',
          sources: [
            {
              name: 'Міністерство оборони України',
              url: 'https://www.mil.gov.ua/en/',
            },
          ],
        },
      ],
    },
  },
];

module.exports = { articles, reporters, keyFactsBoxes };
