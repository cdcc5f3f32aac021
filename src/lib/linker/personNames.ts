/**
 * Words that mark a capitalised token as part of a person's name, so
 * "Olena Bakhmut" or "Gen. Lyman" is not read as a place, and given names that
 * the gazetteer must never hold as places.
 */

/** Titles and honorifics written before a name. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'gen', 'general',
  'col', 'colonel', 'lt', 'lieutenant', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'cpl',
  'adm', 'admiral', 'commander', 'president', 'minister', 'premier', 'senator', 'sen', 'rep',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'pastor', 'father', 'saint', 'st',
  'judge', 'justice', 'governor', 'gov', 'deputy', 'chancellor', 'king', 'queen', 'prince', 'princess',
]);

/** Common given names (English and East Slavic, in the spellings English text uses). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'adam alan alex alexander alexandra alexei alexey alexandr alina alla amy andrew andrei andrey andriy ' +
    'anna anne anton artem arseniy bill bob boris brian charles chris daniel daria darya david denis ' +
    'denys dmitry dmytro donald elena elizabeth emily emma eugene evgeny fedir fyodor gennady george ' +
    'grace hanna helen henry igor ihor ilya inna irina iryna ivan james jane jean jennifer john joseph ' +
    'julia kate kateryna katerina kevin kirill kyrylo larisa lesia liudmyla lyudmila maria mariya mariia ' +
    'marina maryna mark mary maxim maksym michael mikhail mykhailo mykola natalia nataliya nikolai ' +
    'nikolay oksana olena oleg oleh oleksandr oleksii oleksiy olga olha pavel pavlo peter petro petr ' +
    'richard robert roman ruslan sarah sergei sergey serhiy serhii sofia stanislav stepan steve steven ' +
    'svetlana svitlana taras thomas tetiana tatiana tatyana valentin valeriy valery vasyl vasily ' +
    'victor viktor victoria viktoria vitali vitaliy vladimir vladyslav vladislav volodymyr vadym vadim ' +
    'william yana yaroslav yevhen yevgeny yulia yuliia yuri yuriy yurii zakhar zoya nadia nadiya nadezhda ' +
    'lydia sophia vera lyubov valentyna marta halyna galina ivanna bohdan bogdan danylo myroslav miroslav nikita mykyta nadiia kyrylo denis arsen artur olexander'
  ).split(' '),
);
