// What the demo's pairs say while they meet: places, reasons and commitments that fit each kind
// of program. Chosen by a seeded generator (see match-story.ts), so every demo tells the same story.

export interface StoryWords {
  location: string;
  lateCancelReason: string;
  proposalReason: string;
  /** A mentee's commitment kept on time, a mentor's that is overdue, and a mentee's still open. */
  kept: readonly string[];
  overdue: readonly string[];
  open: readonly string[];
}

export const storyWords: Record<'school' | 'community', StoryWords> = {
  school: {
    location: 'Library, study room 2',
    lateCancelReason: 'My mock exam was moved to that afternoon, sorry.',
    proposalReason: 'I have football practice that day now. Could we meet the day after?',
    kept: ['Bring my timetable and mark the weeks that feel hardest', 'Ask my form tutor about the homework club'],
    overdue: ['Find the revision websites I used in year 9 and share them', 'Ask the librarian about a quiet spot'],
    open: ['Write down three things I want to get better at this term', 'Try the homework club once'],
  },
  community: {
    location: 'Northside Community Center, room B',
    lateCancelReason: 'I was called in for an extra shift at work tonight.',
    proposalReason: 'My sister has her recital that evening. Could we do the next day instead?',
    kept: ['Look up two community colleges and their open days', 'Make a list of questions for my school counselor'],
    overdue: ['Send the scholarship links I mentioned', 'Ask my manager about a job-shadow afternoon'],
    open: ['Draft the first paragraph of my personal statement', 'Sign up for the library study room'],
  },
};
