export interface Store {
  id: number;
  uuid: string;
  code: string;
  name: string;
  currency: string;
  languages: string[];
  createdAt: Date;
  updatedAt: Date;
}
