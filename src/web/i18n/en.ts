/**
 * English. Typed as `Messages` (the Vietnamese table's shape): a missing or misspelt key, or a
 * text function with different parameters, fails to compile.
 */
import type { Messages } from './vi.js';

export const en: Messages = {
  site: {
    name: 'Dossiers by post',
    tagline: 'The public postal service for administrative procedures',
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main navigation',
    navHome: 'Home',
    navProcedures: 'Procedures',
    navTariffs: 'Prices',
    navBooking: 'Book',
    navTracking: 'Track',
    loading: 'Loading…',
    navStaff: 'Staff',
    switchLanguageLabel: 'Choose language',
    pageTitle: (page: string) => `${page} · Dossiers by post`,
  },
  footer: {
    dataSources:
      'Sample data: administrative units from the General Statistics Office of Viet Nam (via the vietnamese-provinces-database dataset, MIT licence, © 2021 Thang Le Quoc); sample procedures from the National Public Service Portal; sample tariffs from the prices published in Đà Nẵng and Khánh Hòa.',
    apiDocs: 'API reference for connected systems',
  },
  home: {
    title: 'Hand in your dossier and receive the result by post',
    lead: 'No need to go to the one-stop desk: the post office takes the dossier of your administrative procedure, carries it to the competent agency and brings the result back to your door.',
    bookingCta: 'Book a postman to collect your dossier',
    trackingCta: 'Track a dossier',
    searchTitle: 'Find a procedure you can do by post',
    searchLabel: 'Procedure name or code',
    searchHint: 'Vietnamese names, e.g. khai sinh (birth registration), đăng ký kết hôn (marriage). Accents are optional.',
    searchButton: 'Find',
    allProcedures: 'See the list of procedures',
    howLink: 'Read the full guide: what to prepare, what the postman checks, how to pay',
    tariffsTitle: 'Prices',
    tariffsText: 'The postage depends on the distance and the weight of the dossier; some people send free or at a reduced price.',
    tariffsLink: 'See the prices and work out the cost',
    howTitle: 'How the service works',
    steps: {
      handIn: {
        title: 'Hand in where it suits you',
        text: 'A postman comes to your address with the forms and explains how to fill them in. You can also go to any post office or commune cultural post office in the province, wherever the procedure is handled.',
      },
      check: {
        title: 'Your dossier is checked',
        text: 'Postal staff check the dossier against the official list of documents for the procedure, so it is not sent back for a missing paper.',
      },
      fees: {
        title: 'Fees can be collected for you',
        text: 'The post office can collect the procedure fees and charges on your behalf and pay them to the agency, together with the postal charge.',
      },
      delivery: {
        title: 'The result is delivered home',
        text: 'When the result is ready, the post office collects it from the agency and delivers it to the address you gave.',
      },
    },
    trackingNote: 'You can follow your dossier from the moment the post office takes it until the result is delivered to you.',
    formsTitle: 'Three ways to use the service',
    forms: {
      pickup: {
        title: 'Send the dossier by post',
        text: 'The post office takes the dossier at your home or at a post office and carries it to the agency. You receive the result in the way agreed with that agency.',
      },
      delivery: {
        title: 'Receive the result by post',
        text: 'You hand in the dossier in person or online and ask for the result by post; it is delivered to your address.',
      },
      both: {
        title: 'Both: send the dossier and receive the result',
        text: 'The post office handles both ways: you do not have to travel at all.',
      },
    },
    staffTitle: 'For staff',
    staffText: 'Postmen, post counter clerks and one-stop desk officers sign in to work on dossiers.',
    staffLink: 'Staff sign-in',
  },
  signIn: {
    title: 'Staff sign-in',
    intro: 'For postal staff and government officers who have an account.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    sending: 'Signing in…',
    usernameRequired: 'Enter your username.',
    passwordRequired: 'Enter your password.',
  },
  staff: {
    title: 'Staff workspace',
    loading: 'Loading your account…',
    greeting: (name: string) => `Hello, ${name}`,
    displayName: 'Full name',
    username: 'Username',
    role: 'Role',
    organisation: 'Organisation',
    sessionEnds: 'Session ends at',
    signOut: 'Sign out',
    accountLabel: 'Signed-in account',
    noWorkspace: 'This role works through the API; it has no workspace in the browser.',
    workspaceMissing: 'This role’s workspace is not part of the running version.',
    signingOut: 'Signing out…',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. The link may be old or mistyped.',
    home: 'Go to the home page',
  },
  errors: {
    network: 'Could not reach the server. Check your connection and try again.',
    unexpected: 'The server answered in an unexpected way. Try again in a few minutes.',
  },
  locale: 'en-GB',
};
