/**
 * /huong-dan: the whole service in plain words, from finding the procedure to the result at the
 * door, with what the postman checks and how to pay. Static text: no request, so it works offline
 * once loaded and on the slowest connection.
 */
import { SERVICE_FORMS } from '../../../domain/postal-item/pickup.js';
import { useTexts } from '../../i18n/local.js';
import { usePageTitle } from '../../page-title.js';
import { Link, PATHS } from '../../router.js';
import '../catalog.css';
import { text } from './text.js';

type Step = { title: string; text: string };

function Steps({ steps }: { steps: Record<string, Step> }) {
  return (
    <ol className="steps">
      {Object.entries(steps).map(([key, step]) => (
        <li key={key} className="steps__item">
          <h3>{step.title}</h3>
          <p>{step.text}</p>
        </li>
      ))}
    </ol>
  );
}

function Bullets({ items }: { items: Record<string, string> }) {
  return (
    <ul className="ticks">
      {Object.entries(items).map(([key, item]) => (
        <li key={key}>{item}</li>
      ))}
    </ul>
  );
}

export function HowItWorksPage() {
  const t = useTexts(text);
  usePageTitle(t.title);
  return (
    <div className="guide">
      <div className="hero">
        <h1 tabIndex={-1}>{t.title}</h1>
        <p className="lead">{t.lead}</p>
      </div>

      <section aria-labelledby="hinh-thuc">
        <h2 id="hinh-thuc">{t.formsTitle}</h2>
        <p>{t.formsIntro}</p>
        <ul className="cards">
          {SERVICE_FORMS.map((form) => (
            <li key={form} className="card">
              <h3>{t.forms[form].title}</h3>
              <p>{t.forms[form].text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="gui-ho-so">
        <h2 id="gui-ho-so">{t.sendTitle}</h2>
        <Steps steps={t.sendSteps} />
      </section>

      <section aria-labelledby="nhan-ket-qua">
        <h2 id="nhan-ket-qua">{t.receiveTitle}</h2>
        <Steps steps={t.receiveSteps} />
      </section>

      <section aria-labelledby="chuan-bi">
        <h2 id="chuan-bi">{t.prepareTitle}</h2>
        <Bullets items={t.prepare} />
        <p>
          <Link to={PATHS.procedures}>{t.proceduresLink}</Link>
        </p>
      </section>

      <section aria-labelledby="kiem-tra">
        <h2 id="kiem-tra">{t.checkTitle}</h2>
        <p>{t.checkIntro}</p>
        <Bullets items={t.checks} />
      </section>

      <section aria-labelledby="thanh-toan">
        <h2 id="thanh-toan">{t.payTitle}</h2>
        <Bullets items={t.pay} />
        <p>
          <Link to={PATHS.tariffs}>{t.tariffsLink}</Link>
        </p>
      </section>

      <section aria-labelledby="theo-doi">
        <h2 id="theo-doi">{t.followTitle}</h2>
        <Bullets items={t.follow} />
        <p>
          <Link to={PATHS.tracking}>{t.trackingLink}</Link>
        </p>
      </section>

      <section aria-labelledby="can-cu">
        <h2 id="can-cu">{t.lawTitle}</h2>
        <ul className="law">
          {Object.entries(t.law).map(([key, item]) => (
            <li key={key}>{item}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="bat-dau" className="next-steps">
        <h2 id="bat-dau">{t.nextTitle}</h2>
        <div className="actions">
          <Link to={PATHS.booking} className="button">
            {t.bookingLink}
          </Link>
          <Link to={PATHS.procedures} className="button button--secondary">
            {t.proceduresLink}
          </Link>
        </div>
      </section>
    </div>
  );
}
