CREATE TABLE "contribution_keys" (
	"association_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"kommun_percents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"region_percents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contribution_keys_association_id_year_pk" PRIMARY KEY("association_id","year")
);
--> statement-breakpoint
CREATE TABLE "finance_calendars" (
	"association_id" uuid PRIMARY KEY NOT NULL,
	"events" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contribution_keys" ADD CONSTRAINT "contribution_keys_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_calendars" ADD CONSTRAINT "finance_calendars_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;