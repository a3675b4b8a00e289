/**
 * A wire report written for these tests (facts and figures of the kind the desk sees, in our own
 * words): Washington says Moscow asked Beijing for military help, Beijing and the Kremlin each deny
 * it, and two casualty figures for the same soldiers cannot both be true.
 */
export const SEED_STORY = {
  publisher: 'Baltic Wire Service',
  title: 'Washington: Moscow sought drones from Beijing',
  url: 'https://wire.example/2022/03/moscow-beijing-drones',
  language: 'en',
  publishedAt: '2022-03-14T07:30:00Z',
  text: [
    'Washington: Moscow sought drones from Beijing',
    '',
    'By our correspondent',
    '',
    'U.S. officials said on Sunday that Russia had asked China for combat drones and other military equipment for its war in Ukraine. ' +
      'According to the officials, Moscow also wanted economic support to soften the sanctions.',
    '',
    "China's foreign ministry spokesman Zhao Lijian rejected the account as disinformation put about by Washington. " +
      'Kremlin spokesman Dmitry Peskov denied that Russia had asked China for any military help.',
    '',
    'U.S. officials estimated that between 5,000 and 9,000 Russian soldiers had been killed since the invasion began. ' +
      "Ukraine's defence ministry said that more than 12,000 Russian soldiers had been killed.",
    '',
    'The Pentagon declined to comment on the figures.',
  ].join('\n'),
};
