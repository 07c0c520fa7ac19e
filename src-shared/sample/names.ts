import { searchKey } from '../domain/candidate';
import { chance, intBetween, pick, weighted, type Random } from './random';

/**
 * Name pools for the sample people, by origin, so first and last names go together the way they
 * do in a Dutch town: tussenvoegsels, diacritics and gendered surnames (Wiśniewski/Wiśniewska).
 */
export type Gender = 'f' | 'm';

/**
 * Comma-separated, so the lists stay compact. A last name is plain, `infix|name` with a
 * tussenvoegsel, or `male/female` for surnames with a form per gender.
 */
interface NamePool {
  weight: number;
  f: string;
  m: string;
  last: string;
}

const pools: readonly NamePool[] = [
  {
    weight: 46,
    f: 'Sanne, Anouk, Lisa, Zoë, Femke, Marieke, Ingrid, Ria, Annelies, Noor, Eline, Hendrika, Kim, Mandy, Tineke, Willemijn, Esmée, Chantal, Dewi, Rianne, Jolanda, Loïs, Maaike, Renée, Gerda, Janneke, Brenda, Patricia',
    m: 'Jan, Pieter, Henk, Gerrit, Daan, Bram, Joost, Wim, Thijs, Gert-Jan, Jeroen, Ruud, Sjoerd, Kees, René, Niels, Rik, Dennis, Marco, Erwin',
    last: 'van der|Berg, de|Groot, van|Dijk, Jansen, Bosman, ter|Horst, Kamphuis, Dijkstra, Hofstede, van|Wijk, Mulder, Visscher, de|Vries, Brinkman, Schuurman, van den|Brink, Koster, Wolters, Nijboer, ten|Hove, Lubbers, Zwiers, Hulst, Ruiterkamp, Scholten, Smit, Prins, van|Essen, Oosterhuis, Veenstra, in ’t|Veld, Huisman, Groothuis, Klein Wolterink, van|Lenthe, de|Jong, Bakker, van|Raalte, Timmerman, ter|Beek',
  },
  {
    weight: 10,
    f: 'Fatma, Ayşe, Elif, Hülya, Özlem, Büşra, Zeynep, Gülşen, Songül',
    m: 'Mehmet, Emre, Murat, Gökhan, Şükrü, Yusuf, İbrahim, Hakan',
    last: 'Çelik, Yılmaz, Kaya, Demir, Şahin, Öztürk, Aydın, Arslan, Doğan, Koç',
  },
  {
    weight: 9,
    f: 'Fatima, Khadija, Naima, Samira, Nadia, Imane, Hanane, Loubna',
    m: 'Mohammed, Youssef, Said, Hamid, Rachid, Soufiane, Bilal, Karim',
    last: 'El Amrani, Bouzid, Benali, El Idrissi, Ouali, Ait Taleb, Azzouzi, El Haddaoui, Ziani, Boukhari',
  },
  {
    weight: 6,
    f: 'Priya, Sunita, Shanti, Roxanne, Natasha, Kimberley, Anjali, Gisèle',
    m: 'Ravi, Glenn, Jermaine, Orlando, Rishi, Dwayne',
    last: 'Ramdin, Sewnath, Jagesar, Kromowidjojo, Pinas, Martina, Rosalia, Doelwijt, Tjon A Fong, Mahabier',
  },
  {
    weight: 4,
    f: 'Agnieszka, Małgorzata, Katarzyna, Joanna, Ewa',
    m: 'Łukasz, Paweł, Krzysztof, Tomasz, Wojciech',
    last: 'Wiśniewski/Wiśniewska, Kowalski/Kowalska, Nowak, Zieliński/Zielińska, Wójcik, Lewandowski/Lewandowska, Kaczmarek',
  },
  {
    weight: 4,
    f: 'Rasha, Lina, Hiba, Rania, Nour, Yara',
    m: 'Ahmad, Omar, Khaled, Mahmoud, Yaman',
    last: 'Al-Hassan, Haddad, Al-Khatib, Darwish, Sabbagh, Khoury, Al-Masri',
  },
  {
    weight: 3,
    f: 'Helen, Senait, Mebrat, Selam, Freweyni',
    m: 'Tesfay, Yonas, Dawit, Merhawi',
    last: 'Tekle, Gebremedhin, Habte, Woldu, Berhane, Kidane',
  },
  {
    weight: 2,
    f: 'Hodan, Fadumo, Amina, Sahra',
    m: 'Abdi, Hassan, Abdirahman',
    last: 'Warsame, Farah, Abdullahi, Jama, Osman',
  },
  {
    weight: 2,
    f: 'Aminata, Fatoumata, Awa, Akosua',
    m: 'Ousmane, Kwame, Kofi, Moussa',
    last: 'Ouédraogo, Diallo, Traoré, Mensah, Asante, Koné',
  },
  {
    weight: 2,
    f: 'Thị Lan, Thị Hoa, Mai, Hương',
    m: 'Văn Minh, Đức Anh, Quang',
    last: 'Nguyễn, Trần, Lê, Phạm',
  },
  {
    weight: 2,
    f: 'Åsa, Mette, Birgit, Jördis',
    m: 'Søren, Jürgen, Björn, Lars',
    last: 'Jørgensen, Müller, Åberg, Schäfer, Nielsen',
  },
  {
    weight: 3,
    f: 'Olena, Iryna, Nataliia, Oksana',
    m: 'Oleksandr, Dmytro, Andrii',
    last: 'Shevchenko, Kovalenko, Bondarenko, Melnyk, Tkachenko',
  },
  {
    weight: 2,
    f: 'Inês, Conceição, Mariana, María José',
    m: 'João, Tiago, José Luís',
    last: 'Gonçalves, Fernandes, da|Silva, Rodrigues, Peña, Muñoz',
  },
];

const list = (text: string) => text.split(', ');

interface ParsedPool {
  f: readonly string[];
  m: readonly string[];
  last: readonly string[];
}

const poolWeights = pools.map(
  (pool) => [{ f: list(pool.f), m: list(pool.m), last: list(pool.last) }, pool.weight] as const,
) satisfies readonly (readonly [ParsedPool, number])[];

export interface PersonName {
  firstName: string;
  infix: string | null;
  lastName: string;
  gender: Gender;
}

export function randomName(random: Random): PersonName {
  const pool = weighted(random, poolWeights);
  const gender: Gender = chance(random, 0.62) ? 'f' : 'm'; // the sector employs mostly women
  return parseName(pick(random, pool[gender]), pick(random, pool.last), gender);
}

/** `infix|name` and `male/female` as in the pools; also used for the hand-written pilot. */
export function parseName(firstName: string, last: string, gender: Gender): PersonName {
  const bar = last.indexOf('|');
  if (bar >= 0) {
    return { firstName, infix: last.slice(0, bar), lastName: last.slice(bar + 1), gender };
  }
  const slash = last.indexOf('/');
  if (slash >= 0) {
    const lastName = gender === 'm' ? last.slice(0, slash) : last.slice(slash + 1);
    return { firstName, infix: null, lastName, gender };
  }
  return { firstName, infix: null, lastName: last, gender };
}

/** Fake contact details: 06-1234xxxx numbers and @example.nl addresses, never real ones. */
export function fakePhone(random: Random): string {
  return `06-1234${String(intBetween(random, 0, 9999)).padStart(4, '0')}`;
}

const localParts = new Map<string, string>();

/** Lower case ASCII for an address; cached, as the generator asks for the same names often. */
function localPart(text: string): string {
  let local = localParts.get(text);
  if (local === undefined) {
    local = searchKey(text).replace(/[^a-z0-9]/g, '');
    localParts.set(text, local);
  }
  return local;
}

export function fakeEmail(name: PersonName): string {
  return `${localPart(name.firstName)}.${localPart(`${name.infix ?? ''}${name.lastName}`)}@example.nl`;
}

/** Colleagues on the floor (praktijkbegeleiders) and the coaches: plain Dutch names. */
export const supervisorNames = list(
  'Marieke Jansen, Henk Bosch, Petra Kuipers, Gerda Vos, Anton Hendriks, Yvonne Meijer, Karin Bos, Ahmed Tahiri, Linda Post, Bert Kok, Monique Wessels, Sandra Bruins, Erik Haverkamp, Nicole Stegeman, Hanneke Lammers, Jolien Kampman, Dirk Eshuis, Saskia Mensink, Roel Schipper, Wendy Pieters',
);
