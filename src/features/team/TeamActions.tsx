import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { deleteTeam, renameTeam, setTeamArchived } from '../../db/teams';
import type { Team } from '../../domain/types';
import { DeleteButton } from '../../ui/DeleteButton';
import { TextField } from '../../ui/TextField';
import { useNameField } from '../../ui/useNameField';
import { useWrite } from '../../connected/useWrite';
import { useUiStore } from '../../store/ui';
import { paths } from '../../config/paths';

/** Rename, archive and delete a team. */
export function TeamActions({ team, hireCount }: { team: Team; hireCount: number }) {
  const { t } = useTranslation(['team', 'common']);
  const write = useWrite();
  const navigate = useNavigate();
  const showToast = useUiStore((s) => s.showToast);
  const [renaming, setRenaming] = useState(false);
  const { name, setName, error, validName } = useNameField(team.name);

  async function submitRename(event: FormEvent) {
    event.preventDefault();
    if (validName() === null) return;
    if (await write(() => renameTeam(team.id, name))) setRenaming(false);
  }

  async function remove() {
    if (!(await write(() => deleteTeam(team.id)))) return;
    showToast({ kind: 'success', messageKey: 'toasts.teamDeleted', values: { name: team.name } });
    navigate(paths.overview.href());
  }

  return (
    <div className="page-actions no-print">
      {renaming ? (
        <form onSubmit={submitRename} noValidate className="inline-form">
          <TextField
            label={t('rename.label')}
            value={name}
            error={error}
            onChange={(e) => setName(e.target.value)}
            autoFocus
          />
          <div className="button-row">
            {/* Secondary: the team page's one primary action is adding a peer worker. */}
            <button type="submit" className="button button-secondary">
              {t('common:actions.save')}
            </button>
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => setRenaming(false)}
            >
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setName(team.name);
              setRenaming(true);
            }}
          >
            {t('rename.button')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void write(() => setTeamArchived(team.id, !team.archivedAt))}
          >
            {t(team.archivedAt ? 'unarchive' : 'archive')}
          </button>
          <DeleteButton
            label={t('delete.button')}
            title={t('delete.title', { name: team.name })}
            body={t('delete.body', { count: hireCount })}
            confirmLabel={t('delete.confirm')}
            onConfirm={() => void remove()}
          />
        </div>
      )}
    </div>
  );
}
