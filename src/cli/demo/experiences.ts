// Lived experiences the demo gives its mentors and mentees: the kind of shared ground peer
// mentoring pairs people on. Weights make some common and some rare, as in a real cohort.
// The demo maps them to its program's vocabulary (prepare-program.ts) and stores them with consent.

export interface Experience {
  label: string;
  weight: number;
}

/** A secondary school in London: older students mentor younger ones. */
export const schoolExperiences: readonly Experience[] = [
  { label: 'moved countries', weight: 6 },
  { label: 'English as an additional language', weight: 6 },
  { label: 'first in family aiming for university', weight: 5 },
  { label: 'young carer', weight: 4 },
  { label: 'parents separated', weight: 4 },
  { label: 'changed schools mid-year', weight: 4 },
  { label: 'dyslexia', weight: 3 },
  { label: 'anxiety', weight: 3 },
  { label: 'experienced bullying', weight: 3 },
  { label: 'free school meals', weight: 3 },
  { label: 'lives with grandparents', weight: 2 },
  { label: 'bereavement', weight: 2 },
  { label: 'ADHD', weight: 2 },
  { label: 'autistic', weight: 2 },
  { label: 'LGBTQ+', weight: 2 },
  { label: 'refugee background', weight: 2 },
  { label: 'care-experienced', weight: 1 },
  { label: 'parent in the armed forces', weight: 1 },
  { label: 'long-term illness', weight: 1 },
];

/** A youth network in New York: adult volunteers mentor young people. */
export const communityExperiences: readonly Experience[] = [
  { label: 'first-generation college student', weight: 6 },
  { label: 'immigrant family', weight: 6 },
  { label: 'bilingual household', weight: 5 },
  { label: 'single-parent household', weight: 5 },
  { label: 'young carer', weight: 3 },
  { label: 'housing instability', weight: 3 },
  { label: 'grief and loss', weight: 3 },
  { label: 'foster care', weight: 2 },
  { label: 'parent incarcerated', weight: 2 },
  { label: 'left school and went back', weight: 2 },
  { label: 'neurodivergent', weight: 2 },
  { label: 'mental health challenges', weight: 2 },
  { label: 'LGBTQ+', weight: 2 },
  { label: 'military family', weight: 1 },
  { label: 'refugee background', weight: 1 },
  { label: 'teen parent', weight: 1 },
  { label: 'living with a disability', weight: 1 },
];
