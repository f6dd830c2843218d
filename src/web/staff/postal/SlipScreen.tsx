/**
 * After an intake: the item number, the amounts, the VietQR code when the citizen pays by
 * transfer, and the slip to open, print or share. At the counter an on-screen receipt prints on
 * its own (postal.css hides the rest of the page when printing).
 */
import { useEffect, useState } from 'react';
import { useLanguage } from '../../i18n/language.js';
import { useTexts } from '../../i18n/local.js';
import { formatDate } from '../../format.js';
import { usePageTitle } from '../../page-title.js';
import { Link, staffPath } from '../../router.js';
import { Money, money } from './fields.js';
import { rememberedTakenIn, slipPath } from './postal-api.js';
import { canShareFiles, shareSlip } from './slip.js';
import { text } from './text.js';
import { VietQrCode } from './VietQrCode.js';

export function SlipScreen({ itemNumber, mode }: { itemNumber: string; mode: 'postman' | 'counter' }) {
  const t = useTexts(text);
  const language = useLanguage();
  usePageTitle(t.slipTitle);
  const answer = rememberedTakenIn(itemNumber);
  const [shareable, setShareable] = useState(false);
  const [shareProblem, setShareProblem] = useState<string | null>(null);

  useEffect(() => setShareable(canShareFiles()), []);

  async function share(): Promise<void> {
    setShareProblem(null);
    if (!(await shareSlip(itemNumber, t.shareTitle(itemNumber)))) setShareProblem(t.shareFailed);
  }

  return (
    <div className="postal-screen slip">
      <h1 tabIndex={-1}>{t.slipTitle}</h1>
      <p>{t.slipIntro}</p>
      <section className="receipt" aria-label={t.receiptHeading}>
        <p className="receipt__heading">{t.receiptHeading}</p>
        <dl className="facts">
          <div>
            <dt>{t.itemNumber}</dt>
            <dd className="item-number-shown">{itemNumber}</dd>
          </div>
          {answer === null ? null : (
            <>
              <div>
                <dt>{t.slipNumber}</dt>
                <dd>{answer.slipNumber}</dd>
              </div>
              <div>
                <dt>{t.agency}</dt>
                <dd>{answer.agency.name}</dd>
              </div>
              <div>
                <dt>{t.postage}</dt>
                <dd>
                  <Money amount={answer.postage} />
                </dd>
              </div>
              {answer.feesCollected > 0 ? (
                <div>
                  <dt>{t.feesCollected}</dt>
                  <dd>
                    <Money amount={answer.feesCollected} />
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t.total}</dt>
                <dd>
                  <Money amount={answer.total} />
                </dd>
              </div>
              <div>
                <dt>{t.transitDue}</dt>
                <dd>{formatDate(answer.transitDueOn, language)}</dd>
              </div>
              <div>
                <dt>{t.tracking}</dt>
                <dd className="receipt__url">{answer.trackingUrl}</dd>
              </div>
            </>
          )}
        </dl>
      </section>
      {answer === null ? <p className="note">{t.slipUnknown}</p> : null}
      {answer?.payment == null ? null : (
        <section className="payment" aria-labelledby="payment-heading">
          <h2 id="payment-heading">{t.payByTransfer}</h2>
          <p>{t.payAmount(money(answer.payment.amount))}</p>
          <VietQrCode payload={answer.payment.vietQr} alt={t.qrAlt(money(answer.payment.amount))} failedText={t.qrFailed} />
        </section>
      )}
      <p className="actions">
        <a className="button" href={slipPath(itemNumber)} target="_blank" rel="noopener">
          {t.openSlip}
        </a>
        {shareable ? (
          <button type="button" className="button button--secondary" onClick={() => void share()}>
            {t.share}
          </button>
        ) : null}
        {mode === 'counter' ? (
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t.printReceipt}
          </button>
        ) : null}
      </p>
      {shareProblem === null ? null : (
        <p className="field__error" role="alert">
          {shareProblem}
        </p>
      )}
      <p className="actions">
        <Link className="button button--secondary" to={staffPath('nhan-ho-so')}>
          {t.anotherIntake}
        </Link>
        <Link to={staffPath()}>{mode === 'postman' ? t.backToRound : t.backToCounter}</Link>
      </p>
    </div>
  );
}
