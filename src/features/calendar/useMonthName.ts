import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../lib/dateFormat';

/** A 'yyyy-MM' month as a heading in the chosen language: "Marts 2027", "March 2027". */
export function useMonthName(): (month: string) => string {
  const { i18n } = useTranslation();
  const { formatPattern } = useDateFormat();
  return (month) => {
    const name = formatPattern(`${month}-01`, 'LLLL yyyy');
    return name.charAt(0).toLocaleUpperCase(i18n.language) + name.slice(1);
  };
}
