/** A plain GET search form: works with JavaScript off and gives a shareable URL. */
export function SearchForm({
  action = "/examples",
  defaultValue = "",
  label = "Search examples",
  id = "search",
}: {
  action?: string;
  defaultValue?: string;
  label?: string;
  id?: string;
}) {
  return (
    <search>
      <form action={action} method="get" role="search" aria-label={label}>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
            {label}
          </label>
          <div className="nhsuk-hint" id={`${id}-hint`}>
            For example, discharge, neurology or racism
          </div>
          <div className="nhsuk-input-wrapper">
            <input
              className="nhsuk-input nhsuk-u-width-two-thirds"
              id={id}
              name="q"
              type="search"
              defaultValue={defaultValue}
              aria-describedby={`${id}-hint`}
              autoComplete="off"
              maxLength={200}
            />
          </div>
        </div>
        <button className="nhsuk-button" type="submit">
          Search
        </button>
      </form>
    </search>
  );
}
