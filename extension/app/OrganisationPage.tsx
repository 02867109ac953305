import { useEffect } from 'preact/hooks';
import type { Role } from '../../shared/enums';
import { IssuedSecret } from '../components/org/IssuedSecret';
import { BansoRuleSection } from '../components/org/BansoRuleSection';
import { IntegrationKeySection } from '../components/org/IntegrationKeySection';
import { InvitationSection } from '../components/org/InvitationSection';
import { ProfileSection } from '../components/org/ProfileSection';
import { StaffSection } from '../components/org/StaffSection';
import { StartupAreasSection } from '../components/org/StartupAreasSection';
import { TagSection } from '../components/org/TagSection';
import { NoticeText } from '../components/NoticeText';
import { AUDIT_HREF, BUSINESSES_HREF, EXPORT_HREF } from '../karte/hrefs';
import { useT } from '../state/contexts';
import type { StartupAreaTags } from '../../shared/startup-support';
import type { BansoRuleStore } from '../state/banso-rule-store';
import type { IntegrationKeysStore } from '../state/integration-keys-store';
import type { OrgSettingStore } from '../state/org-setting-store';
import type { OrgAdminStore } from '../state/org-admin-store';
import type { TagEditorStore } from '../state/tag-editor-store';
import './organisation.css';

interface Props {
  /** The signed-in advisor's role; null: not signed in, or not known yet. */
  role: Role | null;
  /** Staff, invitations and the profile: admins only. */
  admin: OrgAdminStore | null;
  /** The tags: managers and admins. */
  tags: TagEditorStore | null;
  /** What managers and admins set for everyone: 伴走支援の提案, 特定創業支援の分野. */
  settings?: { bansoRule: BansoRuleStore; startupAreas: OrgSettingStore<StartupAreaTags> } | null;
  /** 外部システム連携キー: admins only. */
  integrationKeys?: IntegrationKeysStore | null;
}

/** organisation.html, 組織の管理: everything for a システム管理者, the tags for a 管理職, nothing for others. */
export function OrganisationPage({ role, admin, tags, settings = null, integrationKeys = null }: Props) {
  const t = useT();
  useEffect(() => {
    document.title = `${t('org.title')} | ${t('app.name')}`;
  }, [t]);
  const issued = admin?.issued.value ?? null;
  const profile = admin?.profile.value ?? null;
  return (
    <main class="organisation">
      <header class="bar">
        <h1>{t('org.title')}</h1>
        <nav class="buttons" aria-label={t('app.name')}>
          <a href={BUSINESSES_HREF}>{t('businesses.link')}</a>
          {role === 'admin' && <a href="import.html">{t('import.link')}</a>}
          <a href="options.html">{t('org.settingsLink')}</a>
        </nav>
      </header>
      {!admin && !tags && <p role="status">{role ? t('org.notForYou') : t('org.signInFirst')}</p>}
      {tags && !admin && <p class="muted">{t('org.managerScope')}</p>}
      {admin && (
        <>
          <NoticeText notice={admin.loadError.value} testId="org-load-error" />
          <NoticeText notice={admin.notice.value} testId="org-notice" />
          {issued && (
            <IssuedSecret
              issued={issued}
              copied={admin.copied.value}
              onCopy={() => void admin.copyIssued()}
              onClose={() => admin.closeIssued()}
            />
          )}
          {admin.advisors.value === null && !admin.loadError.value && (
            <p class="muted" role="status">
              {t('businesses.loading')}
            </p>
          )}
          {profile && <ProfileSection key={profile.id} profile={profile} onSave={(change) => admin.saveProfile(change)} />}
          {admin.advisors.value && <StaffSection store={admin} />}
          {admin.advisors.value && <InvitationSection store={admin} />}
          {integrationKeys && <IntegrationKeySection store={integrationKeys} />}
          <section class="org-section" aria-labelledby="org-data-heading">
            <h2 id="org-data-heading">{t('export.orgHeading')}</h2>
            <ul class="org-data-links">
              <li>
                <a href={EXPORT_HREF}>{t('export.linkAdmin')}</a>
              </li>
              <li>
                <a href={AUDIT_HREF}>{t('audit.link')}</a>
              </li>
            </ul>
          </section>
        </>
      )}
      {tags && <TagSection store={tags} />}
      {/* Once the rule in force is known (it comes with the directory); saved, the form starts again from it. */}
      {settings && tags?.groups.value && settings.bansoRule.known.value && (
        <>
          <BansoRuleSection key={JSON.stringify(settings.bansoRule.value.value)} store={settings.bansoRule} groups={tags.groups.value} />
          <StartupAreasSection
            key={JSON.stringify(settings.startupAreas.value.value)}
            store={settings.startupAreas}
            groups={tags.groups.value}
          />
        </>
      )}
    </main>
  );
}
