import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createTeam } from '../../db/teams';
import { TextField } from '../../ui/TextField';
import { useNameField } from '../../ui/useNameField';
import { useWrite } from '../../connected/useWrite';
import { paths } from '../../config/paths';
import { focusFirstInvalidField } from '../../lib/focusFirstInvalidField';
import { useSingleFlight } from '../../lib/useSingleFlight';

export function NewTeamForm() {
  const { t } = useTranslation(['overview', 'common']);
  const write = useWrite();
  const navigate = useNavigate();
  const { name, setName, error, validName } = useNameField();
  const { busy, run } = useSingleFlight();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    void run(async () => {
      if (validName() === null) return focusFirstInvalidField(form);
      let teamId = '';
      const ok = await write(async () => {
        teamId = (await createTeam(name)).id;
      });
      if (ok) navigate(paths.team.href(teamId));
    });
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-labelledby="new-team-heading">
      <h2 id="new-team-heading" className="h3">
        {t('newTeam.heading')}
      </h2>
      <TextField
        label={t('newTeam.name')}
        hint={t('newTeam.hint')}
        value={name}
        error={error}
        onChange={(event) => setName(event.target.value)}
        autoComplete="off"
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('newTeam.submit')}
      </button>
    </form>
  );
}
