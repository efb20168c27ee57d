# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenStrEnum


class IntegrationType(OpenStrEnum):
    API = "api"
    FRESHDESK = "freshdesk"
    GSHEETS = "gsheets"
    HUBSPOT = "hubspot"
    JIRA = "jira"
    PABBLY = "pabbly"
    SALESFORCE = "salesforce"
    SLACK = "slack"
    WEBHOOK = "webhook"
    ZAPIER = "zapier"
    ZOHOCRM = "zohocrm"
    ZOHODESK = "zohodesk"

    def __str__(self) -> str:
        return str(self.value)
