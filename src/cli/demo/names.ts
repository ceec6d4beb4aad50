// Given and family names grouped by heritage, so a generated person's two names belong together
// (with some mixing, as in real families). Each demo organization draws from the pools that fit
// its city, with weights.

export interface NamePool {
  given: readonly string[];
  family: readonly string[];
}

export const namePools = {
  english: {
    given: [
      'Oliver',
      'Amelia',
      'Harry',
      'Isla',
      'Jack',
      'Freya',
      'George',
      'Poppy',
      'Thomas',
      'Grace',
      'Alfie',
      'Ruby',
    ],
    family: ['Walker', 'Hughes', 'Thompson', 'Fletcher', 'Harper', 'Bennett', 'Turner', 'Ward', 'Collins', 'Marsh'],
  },
  celtic: {
    given: ['Niamh', 'Callum', 'Aoife', 'Rhys', 'Eilidh', 'Finn', 'Siobhan', 'Cerys', 'Ciaran', 'Morag'],
    family: ["O'Brien", 'Murphy', 'Byrne', 'MacLeod', 'Evans', 'Campbell', 'Gallagher', 'Llewellyn', 'Doyle'],
  },
  southAsian: {
    given: ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Zara', 'Imran', 'Ayesha', 'Harpreet', 'Arjun', 'Meera', 'Sanjay'],
    family: ['Patel', 'Sharma', 'Khan', 'Begum', 'Singh', 'Chowdhury', 'Iqbal', 'Reddy', 'Gupta', 'Rahman', 'Kaur'],
  },
  westAfrican: {
    given: ['Chidi', 'Adaeze', 'Kwame', 'Ama', 'Tunde', 'Folake', 'Kofi', 'Efua', 'Emeka', 'Ngozi', 'Seun'],
    family: ['Okafor', 'Mensah', 'Adeyemi', 'Boateng', 'Okonkwo', 'Asante', 'Balogun', 'Owusu', 'Eze', 'Adebayo'],
  },
  caribbean: {
    given: ['Jermaine', 'Shanice', 'Marcus', 'Keisha', 'Andre', 'Tanisha', 'Dwayne', 'Simone', 'Kemar', 'Shania'],
    family: ['Clarke', 'Grant', 'Francis', 'Henry', 'Reid', 'Thomas', 'Gordon', 'Morgan', 'Bailey'],
  },
  somali: {
    given: ['Abdi', 'Hodan', 'Mohamed', 'Ayan', 'Ahmed', 'Fartun', 'Liban', 'Sagal', 'Hamdi', 'Yusuf'],
    family: ['Hassan', 'Farah', 'Warsame', 'Abdullahi', 'Jama', 'Osman', 'Mohamud', 'Egal'],
  },
  centralEuropean: {
    given: ['Kacper', 'Zuzanna', 'Jakub', 'Maja', 'Mateusz', 'Oliwia', 'Andrei', 'Ioana', 'Bogdan', 'Elena'],
    family: ['Nowak', 'Wójcik', 'Mazur', 'Krawczyk', 'Popescu', 'Ionescu', 'Dumitru', 'Horvat'],
  },
  chinese: {
    given: ['Wei', 'Mei', 'Jun', 'Lian', 'Hao', 'Xin', 'Yan', 'Bo'],
    family: ['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Huang', 'Zhou', 'Lin'],
  },
  vietnamese: {
    given: ['Minh', 'Linh', 'Huy', 'Thao', 'Bao', 'Anh', 'Khanh', 'Trang'],
    family: ['Nguyen', 'Tran', 'Pham', 'Le', 'Vo', 'Dang', 'Bui'],
  },
  korean: {
    given: ['Ji-woo', 'Min-jun', 'Seo-yeon', 'Ha-eun', 'Do-yun', 'Su-bin', 'Ye-jin'],
    family: ['Kim', 'Park', 'Lee', 'Choi', 'Jung', 'Kang', 'Yoon'],
  },
  filipino: {
    given: ['Angelo', 'Maricel', 'Joshua', 'Kristine', 'Paolo', 'Jasmine', 'Rommel', 'Bea'],
    family: ['Santos', 'Reyes', 'Dela Cruz', 'Bautista', 'Mendoza', 'Villanueva', 'Aquino'],
  },
  latino: {
    given: ['Mateo', 'Sofía', 'Santiago', 'Valentina', 'Diego', 'Camila', 'Luis', 'Gabriela', 'Ximena', 'José'],
    family: ['García', 'Rodríguez', 'Hernández', 'López', 'Martínez', 'Morales', 'Rivera', 'Torres', 'Ramírez'],
  },
  arabic: {
    given: ['Omar', 'Layla', 'Karim', 'Mariam', 'Noor', 'Hamza', 'Yasmin', 'Tariq', 'Rania'],
    family: ['Haddad', 'Khalil', 'Mansour', 'Saleh', 'Nasser', 'Aziz', 'Darwish'],
  },
  turkish: {
    given: ['Emre', 'Elif', 'Kerem', 'Zeynep', 'Deniz', 'Can', 'Ayşe'],
    family: ['Yılmaz', 'Demir', 'Kaya', 'Şahin', 'Çelik', 'Aydın'],
  },
  africanAmerican: {
    given: ['Jalen', 'Aaliyah', 'Darius', 'Imani', 'Malik', 'Brianna', 'Xavier', 'Destiny', 'Terrell', 'Kiara'],
    family: ['Washington', 'Jackson', 'Robinson', 'Johnson', 'Williams', 'Coleman', 'Brooks', 'Jenkins'],
  },
  american: {
    given: ['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Ethan', 'Madison', 'Tyler', 'Hannah', 'Caleb'],
    family: ['Miller', 'Anderson', 'Sullivan', 'Schmidt', 'Olsen', 'Bennett', 'Kowalczyk', 'Russo'],
  },
  haitian: {
    given: ['Mackenson', 'Widelene', 'Stéphanie', 'Jean-Marc', 'Nadège', 'Ricardo', 'Fabienne'],
    family: ['Pierre', 'Joseph', 'Jean-Baptiste', 'Louis', 'Charles', 'Toussaint', 'Dorval'],
  },
  jewish: {
    given: ['Noa', 'Eli', 'Miriam', 'Avi', 'Talia', 'Ezra', 'Shira'],
    family: ['Cohen', 'Levy', 'Goldberg', 'Katz', 'Friedman', 'Shapiro'],
  },
} as const satisfies Record<string, NamePool>;

export type NamePoolKey = keyof typeof namePools;
