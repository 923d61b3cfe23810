"""Fields holding one value: on a merge the person picks which side's value stays. Everything
else (emails, phones, addresses, tags, notes, history) is united. Apart from the merge itself,
so that the command line can offer them without loading the database layer."""

CHOOSABLE_FIELDS = {"prefix": "Prefix", "first_name": "First name",
                    "middle_name": "Middle name", "last_name": "Last name", "suffix": "Suffix",
                    "company": "Company", "title": "Job title", "birthday": "Birthday",
                    "website": "Website"}
